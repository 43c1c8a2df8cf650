using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// The catalogue of administrative procedures (docs/domain.md "One-stop by procedure and step; procedures catalogue"): code (unique), name, internal or not, the body, the parts
/// Nghị định 63/2010/NĐ-CP art. 8 requires to be published, publication status and date, and the compliance cost inputs (Thông tư 02/2017/TT-VPCP).
/// </summary>
[Migration("20261123000056_Procedures")]
public sealed class V056Procedures : SqlScriptMigration;
