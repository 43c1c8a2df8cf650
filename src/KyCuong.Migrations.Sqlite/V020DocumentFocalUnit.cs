using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// A direction may name a focal unit (đầu mối theo dõi, e.g. Sở Nội vụ for the 280/CĐ-TTg rollout) whose monitors follow the
/// directive's whole cascade (ADR 0003, docs/domain.md §6).
/// </summary>
[Migration("20261123000020_DocumentFocalUnit")]
public sealed class V020DocumentFocalUnit : SqlScriptMigration;
