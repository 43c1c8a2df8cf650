using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// Simplification plans of administrative procedures (docs/domain.md "Procedures: simplification plans and the 766 index"; Công điện
/// 968/CĐ-TTg §1(e)): one plan per body and year, its items with the baseline and target compliance cost and their status.
/// </summary>
[Migration("20261123000064_SimplificationPlans")]
public sealed class V064SimplificationPlans : SqlScriptMigration;
