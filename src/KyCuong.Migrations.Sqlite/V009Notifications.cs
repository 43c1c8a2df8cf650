using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>Notifications: the inbox (one entry per outbox key), the e-mail mode of each person and the log of e-mails sent.</summary>
[Migration("20261123000009_Notifications")]
public sealed class V009Notifications : SqlScriptMigration;
