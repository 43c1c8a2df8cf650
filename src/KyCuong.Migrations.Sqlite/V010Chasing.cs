using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>Chasing: reminder ladders, the deadline watches the sweep claims, reminders, tallies and transfer-review flags.</summary>
[Migration("20261123000010_Chasing")]
public sealed class V010Chasing : SqlScriptMigration;
