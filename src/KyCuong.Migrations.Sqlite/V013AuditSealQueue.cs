using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>A partial index of the unsealed audit rows in chain order, so the sealer keeps up with the deadline engine (ADR 0004, 0006).</summary>
[Migration("20261123000013_AuditSealQueue")]
public sealed class V013AuditSealQueue : SqlScriptMigration;
