using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>Working calendar: version row, yearly decisions, added holiday rules, deadline ledger (tables cal_*).</summary>
[Migration("20261123000002_Calendar")]
public sealed class V002Calendar : SqlScriptMigration;
