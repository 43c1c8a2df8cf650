using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// Report regimes, their reporting units and sections, each unit's report per period with its sections and the figure changes
/// made by hand with a reason (Decree 09/2019/NĐ-CP; docs/domain.md "Reports").
/// </summary>
[Migration("20261123000025_Reports")]
public sealed class V025Reports : SqlScriptMigration;
