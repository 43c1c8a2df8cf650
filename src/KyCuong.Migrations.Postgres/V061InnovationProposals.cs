using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// Innovation proposals, the leadership's votes and the tasks they cover (Nghị định 73/2023/NĐ-CP; docs/domain.md "Evaluation: innovation
/// proposals").
/// </summary>
[Migration("20261123000061_InnovationProposals")]
public sealed class V061InnovationProposals : SqlScriptMigration;
