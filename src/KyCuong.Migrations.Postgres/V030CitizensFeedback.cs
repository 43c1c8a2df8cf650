using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// Citizens' feedback and petitions (docs/domain.md "Citizens"): one row per item with its random tracking code (unique), the
/// body concerned, the handling task and the sender's personal data, which may be erased while the matter stays.
/// </summary>
[Migration("20261123000030_CitizensFeedback")]
public sealed class V030CitizensFeedback : SqlScriptMigration;
