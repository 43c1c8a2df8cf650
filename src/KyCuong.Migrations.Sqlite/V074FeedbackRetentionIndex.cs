using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// The retention job's index: feedback items closed and not yet erased, by closing time, as a partial index (docs/domain.md "Citizens";
/// Nghị định 13/2023/NĐ-CP art. 3, storage limitation).
/// </summary>
[Migration("20261123000074_FeedbackRetentionIndex")]
public sealed class V074FeedbackRetentionIndex : SqlScriptMigration;
