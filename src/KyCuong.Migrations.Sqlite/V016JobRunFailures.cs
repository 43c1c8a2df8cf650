using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>A job run records the items it could not handle (skipped and flagged for an administrator) beside those it handled.</summary>
[Migration("20261123000016_JobRunFailures")]
public sealed class V016JobRunFailures : SqlScriptMigration;
