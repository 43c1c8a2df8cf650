using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// Evaluation of officials (docs/domain.md "Evaluation", Nghị định 335/2025): the manager's general-criteria points per person and
/// period, and the discipline decisions that force a year's grade.
/// </summary>
[Migration("20261123000022_Evaluation")]
public sealed class V022Evaluation : SqlScriptMigration;
