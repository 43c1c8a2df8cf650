using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// Leaders' criteria of Nghị định 335/2025 (docs/domain.md "Evaluation: leaders"): đ (organising implementation) and e (rallying
/// and uniting) per person and period, scored by the leader's superior.
/// </summary>
[Migration("20261123000047_EvaluationLeadership")]
public sealed class V047EvaluationLeadership : SqlScriptMigration;
