using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// The assigning side's waiting decisions (docs/domain.md §6: returned tasks to reassign, pending extension requests) as partial
/// indexes, so that a leader's navigation count and work list read only what waits, not every task the unit ever assigned.
/// </summary>
[Migration("20261123000077_AssignerDecisionIndexes")]
public sealed class V077AssignerDecisionIndexes : SqlScriptMigration;
