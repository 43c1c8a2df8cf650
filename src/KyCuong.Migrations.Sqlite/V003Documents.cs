using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>Document register (NĐ 30/2020): documents, attachments, numbering counters, tasks created from directions (tables doc_*).</summary>
[Migration("20261123000003_Documents")]
public sealed class V003Documents : SqlScriptMigration;
