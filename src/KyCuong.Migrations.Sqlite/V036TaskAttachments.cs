using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// Results carried by files (docs/domain.md §6, results reviewed): the files a holder attaches when reporting a task done, kept as
/// bytes and never interpreted.
/// </summary>
[Migration("20261123000036_TaskAttachments")]
public sealed class V036TaskAttachments : SqlScriptMigration;
