using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// Results reviewed (docs/domain.md §6): the assigning side's review of each reported completion, the completion waiting for it,
/// and an index so that whoever handed a step on keeps the task in view.
/// </summary>
[Migration("20261123000018_TaskReviews")]
public sealed class V018TaskReviews : SqlScriptMigration;
