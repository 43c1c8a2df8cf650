using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// The data-protection key ring in the shared database, so that a cookie or antiforgery token one node issues is accepted
/// by every other node (docs/operations.md "Several nodes").
/// </summary>
[Migration("20261123000054_DataProtectionKeys")]
public sealed class V054DataProtectionKeys : SqlScriptMigration;
