using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Procedures;

/// <summary>
/// Settings under <c>Procedures</c> (docs/operations.md, docs/domain.md "Procedures: simplification plans and the 766 index"). The targets
/// default to Công điện 968/CĐ-TTg §1(e) (with Quyết định 1085/QĐ-TTg 2022): 100 % of internal procedures published, at least 20 % of
/// procedures and 20 % of compliance costs cut.
/// </summary>
internal sealed class ProceduresOptions
{
    public const string Section = "Procedures";

    /// <summary>Share of internal procedures published (0–1).</summary>
    [Range(0.0, 1.0)]
    public double InternalPublishedTarget { get; set; } = 1.0;

    /// <summary>Share of the body's procedures cut or simplified (0–1).</summary>
    [Range(0.0, 1.0)]
    public double ProceduresSimplifiedTarget { get; set; } = 0.2;

    /// <summary>Share of the body's compliance cost cut (0–1).</summary>
    [Range(0.0, 1.0)]
    public double ComplianceCostCutTarget { get; set; } = 0.2;
}
