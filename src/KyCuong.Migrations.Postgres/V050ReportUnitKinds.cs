using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>Kinds of unit that report under a regime, resolved in the owner's subtree at each period (docs/domain.md "Reports").</summary>
[Migration("20261123000050_ReportUnitKinds")]
public sealed class V050ReportUnitKinds : SqlScriptMigration;
