using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// Webhooks (docs/domain.md "Webhooks"): subscriptions of a body's external systems, one delivery per event and subscription with
/// its attempts (the delivery log), and the overdue marks that make "task.overdue" go out once per due date.
/// </summary>
[Migration("20261123000042_Webhooks")]
public sealed class V042Webhooks : SqlScriptMigration;
