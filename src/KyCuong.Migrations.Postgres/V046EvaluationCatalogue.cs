using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// The conversion catalogue of Nghị định 335/2025 (docs/domain.md "Evaluation"): products per job position in complexity groups
/// N1–N5, and the product type each task counts as, keyed by the task's id so that the Tasks module does not change.
/// </summary>
[Migration("20261123000046_EvaluationCatalogue")]
public sealed class V046EvaluationCatalogue : SqlScriptMigration;
