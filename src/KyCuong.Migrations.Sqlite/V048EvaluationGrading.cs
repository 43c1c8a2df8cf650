using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// Self-assessments and saved grades of Nghị định 335/2025 (docs/domain.md "Evaluation: self-assessment and saved grades"): the
/// person's own assessment per period, and each grading a manager saves for a unit, versioned, with its minutes.
/// </summary>
[Migration("20261123000048_EvaluationGrading")]
public sealed class V048EvaluationGrading : SqlScriptMigration;
