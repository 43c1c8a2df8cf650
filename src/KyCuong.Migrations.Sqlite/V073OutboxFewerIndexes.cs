using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// Fewer index writes and reads per outbox message (issue 19, docs/performance.md "Notices: fewer writes, several drainers"): the
/// index on (ProcessedAtUtc, FailedAtUtc, AvailableAtUtc) gives way to a small one on failed messages, and the pending index leads
/// with the topic.
/// </summary>
[Migration("20261123000073_OutboxFewerIndexes")]
public sealed class V073OutboxFewerIndexes : SqlScriptMigration;
