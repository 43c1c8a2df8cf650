using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// Yearly checking plans of a body (docs/domain.md "Checks of official duties: plans and evidence"): the plan, its lines (unit, month, topics, surprise)
/// and the link from a check back to the line it carries out.
/// </summary>
[Migration("20261123000052_InspectionPlans")]
public sealed class V052InspectionPlans : SqlScriptMigration;
