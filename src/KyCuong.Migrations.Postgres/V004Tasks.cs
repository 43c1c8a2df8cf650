using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>Tasks (docs/domain.md §6): tasks, coordinating units, routings (returns, re-routings), hand-offs, extensions, recurring duties (tables task_*).</summary>
[Migration("20261123000004_Tasks")]
public sealed class V004Tasks : SqlScriptMigration;
