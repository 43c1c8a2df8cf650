using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// Acknowledgement of directives (docs/domain.md "Acknowledgement of directives"): a direction may require every official of the
/// recipient units to confirm "Đã đọc, quán triệt"; the recipient units and each person's acknowledgement.
/// </summary>
[Migration("20261123000040_DocumentAcknowledgements")]
public sealed class V040DocumentAcknowledgements : SqlScriptMigration;
