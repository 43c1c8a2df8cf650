using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// Handled notices leave the outbox (issue 19, docs/performance.md "Notices: deleted on handling, the morning on two nodes"): a
/// partial index on processed messages for the purge of old ones and the administrators' count, and a partial index on unread
/// inbox entries by recipient for the unread count after each batch of notices.
/// </summary>
[Migration("20261123000076_NoticesDeletedOnHandling")]
public sealed class V076NoticesDeletedOnHandling : SqlScriptMigration;
