using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// Evidence attached to the findings of a check (docs/domain.md "Checks of official duties: plans and evidence"): photos and documents whose
/// content was checked against their name, kept as bytes with their SHA-256.
/// </summary>
[Migration("20261123000053_InspectionEvidence")]
public sealed class V053InspectionEvidence : SqlScriptMigration;
