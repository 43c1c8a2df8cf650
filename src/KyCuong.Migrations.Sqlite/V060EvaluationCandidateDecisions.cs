using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// The leaders' decisions on the candidates the evaluation lists for commendation or for review and transfer: number, date and form
/// (docs/domain.md "Evaluation: patterns and candidates").
/// </summary>
[Migration("20261123000060_EvaluationCandidateDecisions")]
public sealed class V060EvaluationCandidateDecisions : SqlScriptMigration;
