using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>Consultations: requests for opinions, each consulted unit's answer, the draft notices and reports issued when silence counts as consent, and responsibility marks.</summary>
[Migration("20261123000011_Consultations")]
public sealed class V011Consultations : SqlScriptMigration;
