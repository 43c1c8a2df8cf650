using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// The instant a lapsed innovation proposal was announced (Nghị định 73/2023/NĐ-CP) and the units' yearly target completion recorded by
/// the superior unit's leader (Quy định 377-QĐ/TW); docs/domain.md "Evaluation".
/// </summary>
[Migration("20261123000065_EvaluationLapseAndUnitTargets")]
public sealed class V065EvaluationLapseAndUnitTargets : SqlScriptMigration;
