using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>A partial index of pending outbox messages in claim order, so the drainer keeps up after a deadline morning (ADR 0006).</summary>
[Migration("20261123000014_OutboxPendingIndex")]
public sealed class V014OutboxPendingIndex : SqlScriptMigration;
