using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>Submissions (tờ trình) with their send/return/accept steps, and the catalogue citation of a task return.</summary>
[Migration("20261123000012_Submissions")]
public sealed class V012Submissions : SqlScriptMigration;
