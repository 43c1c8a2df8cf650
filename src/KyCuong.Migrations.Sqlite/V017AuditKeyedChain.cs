using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// The audit chain becomes keyed (HMAC-SHA256 with a key outside the database, ADR 0004): the plain SHA-256 seals are
/// cleared so that the sealer re-seals every row, in the same order, under the key at its next run.
/// </summary>
[Migration("20261123000017_AuditKeyedChain")]
public sealed class V017AuditKeyedChain : SqlScriptMigration;
