using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// A person's e-mail mode per notice category (docs/domain.md §6, "Every step told": e-mail per the person's preferences),
/// beside the default mode they already had.
/// </summary>
[Migration("20261123000069_NotificationCategoryModes")]
public sealed class V069NotificationCategoryModes : SqlScriptMigration;
