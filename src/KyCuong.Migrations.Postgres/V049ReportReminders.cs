using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>Reminders about late periodic reports, one row per report, ladder step and recipient (docs/domain.md "Reports").</summary>
[Migration("20261123000049_ReportReminders")]
public sealed class V049ReportReminders : SqlScriptMigration;
