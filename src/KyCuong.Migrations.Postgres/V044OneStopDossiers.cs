using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// One-stop dossiers (docs/domain.md "One-stop dossiers"): one row per dossier, unique by its one-stop code, with its due date in
/// working days; the steps between units (where the time went) and the apology letters (form 04) issued for late ones.
/// </summary>
[Migration("20261123000044_OneStopDossiers")]
public sealed class V044OneStopDossiers : SqlScriptMigration;
