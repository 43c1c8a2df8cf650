using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>Per-unit task counters for fast subtree roll-ups (ADR 0005), backfilled from existing tasks.</summary>
[Migration("20261123000006_TaskCounters")]
public sealed class V006TaskCounters : SqlScriptMigration;
