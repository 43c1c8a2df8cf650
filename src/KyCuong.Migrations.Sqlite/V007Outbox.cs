using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>The transactional outbox: side effects written with the change that causes them.</summary>
[Migration("20261123000007_Outbox")]
public sealed class V007Outbox : SqlScriptMigration;
