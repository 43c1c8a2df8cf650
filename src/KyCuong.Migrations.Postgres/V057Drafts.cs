using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// Drafts of outgoing documents in the layout of NĐ 30/2020/NĐ-CP Phụ lục I (docs/domain.md "Drafts"): the drafting unit and the
/// issuing body, the parts of the layout, the optimistic version, and once issued the register's number, the day of issue and the
/// outgoing document recorded.
/// </summary>
[Migration("20261123000057_Drafts")]
public sealed class V057Drafts : SqlScriptMigration;
