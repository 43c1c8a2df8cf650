using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>A consulted unit's return of a matter outside its competence, citing the catalogue (docs/domain.md §9).</summary>
[Migration("20261123000015_ConsultationReturns")]
public sealed class V015ConsultationReturns : SqlScriptMigration;
