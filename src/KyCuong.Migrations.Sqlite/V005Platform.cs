using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>Job runs recorded for operators (start, end, items, outcome).</summary>
[Migration("20261123000005_JobRuns")]
public sealed class V005Platform : SqlScriptMigration;
