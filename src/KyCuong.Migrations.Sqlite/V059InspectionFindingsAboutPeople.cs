using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// A finding may name an official of the checked unit, with the competent leader's discipline-review decision on it; a check records
/// its team leader (docs/domain.md "Checks of official duties: findings about people").
/// </summary>
[Migration("20261123000059_InspectionFindingsAboutPeople")]
public sealed class V059InspectionFindingsAboutPeople : SqlScriptMigration;
