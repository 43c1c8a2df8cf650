using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// Units carry the code a province's organisation file names them by (idempotent import, docs/domain.md "Onboarding")
/// and, where it has one, the national agency identifier code (mã định danh, QCVN 102:2016/BTTTT).
/// </summary>
[Migration("20261123000033_UnitCodes")]
public sealed class V033UnitCodes : SqlScriptMigration;
