using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// Checks of official duties by the managing body (docs/domain.md "Checks of official duties"): planned and surprise checks, the
/// working record, the checked units' explanations and the required remedies, each carried by a task.
/// </summary>
[Migration("20261123000037_Inspections")]
public sealed class V037Inspections : SqlScriptMigration;
