namespace KyCuong.Web.Modules.Procedures.Domain;

/// <summary>
/// One administrative procedure of the catalogue (docs/domain.md "One-stop by procedure and step; procedures catalogue"), external (for citizens and businesses) or internal
/// between state bodies (Quyết định 1085/QĐ-TTg 2022). It holds the parts Nghị định 63/2010/NĐ-CP art. 8 requires to be published, its
/// publication status and date, and the inputs of its compliance cost (Thông tư 02/2017/TT-VPCP).
/// </summary>
internal sealed class Procedure
{
    private Procedure()
    {
    }

    public Procedure(Guid id, string code, Guid bodyUnitId, DateTime createdAtUtc)
    {
        Id = id;
        Code = code;
        BodyUnitId = bodyUnitId;
        CreatedAtUtc = createdAtUtc;
        Status = ProcedureStatus.Draft;
    }

    public Guid Id { get; private set; }

    /// <summary>The procedure's code in the national database of administrative procedures (e.g. 1.001234); unique.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Internal { get; set; }

    /// <summary>The body that carries out and publishes the procedure; its subtree's managers keep it.</summary>
    public Guid BodyUnitId { get; set; }

    public string? Sequence { get; set; }

    public string? Method { get; set; }

    public string? Dossier { get; set; }

    public int? TimeLimitWorkingDays { get; set; }

    public string? Subjects { get; set; }

    public string? Agency { get; set; }

    public string? Result { get; set; }

    public string? Fees { get; set; }

    public string? LegalBasis { get; set; }

    /// <summary><see cref="ProcedureStatus"/>.</summary>
    public string Status { get; set; } = "";

    public DateOnly? PublishedOn { get; set; }

    /// <summary>Cost of one compliance for one subject, in đồng (Thông tư 02/2017/TT-VPCP).</summary>
    public long? CostPerCompliance { get; set; }

    /// <summary>How many times a year one subject complies.</summary>
    public decimal? FrequencyPerYear { get; set; }

    /// <summary>How many subjects comply in a year.</summary>
    public long? SubjectsPerYear { get; set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; set; }

    public long? AnnualComplianceCost => ComplianceCost.Annual(CostPerCompliance, FrequencyPerYear, SubjectsPerYear);
}

internal static class ProcedureStatus
{
    public const string Draft = "draft";
    public const string Published = "published";

    public static readonly string[] All = [Draft, Published];

    public static string Label(string status) => status == Published ? "Đã công bố, công khai" : "Dự thảo, chưa công bố";
}

internal static class ProcedureErrors
{
    public const string DuplicateCode = "procedure.duplicateCode";
}

/// <summary>
/// The compliance cost of a procedure (Thông tư 02/2017/TT-VPCP, annex: chi phí tuân thủ = chi phí một lần tuân thủ × số lần tuân thủ
/// một năm × số đối tượng tuân thủ một năm), in whole đồng, rounded half away from zero; unknown while any input is missing.
/// </summary>
internal static class ComplianceCost
{
    public static long? Annual(long? costPerCompliance, decimal? frequencyPerYear, long? subjectsPerYear) =>
        costPerCompliance is { } c && frequencyPerYear is { } f && subjectsPerYear is { } s
            ? (long)Math.Round(c * f * s, MidpointRounding.AwayFromZero)
            : null;

    /// <summary>The parts Nghị định 63/2010/NĐ-CP art. 8 requires before a procedure is published, by field name; empty when complete.</summary>
    public static IReadOnlyList<string> MissingForPublication(Procedure p)
    {
        var missing = new List<string>();
        void Need(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add(field);
            }
        }

        Need(p.Sequence, "sequence");
        Need(p.Method, "method");
        Need(p.Dossier, "dossier");
        if (p.TimeLimitWorkingDays is null)
        {
            missing.Add("timeLimitWorkingDays");
        }

        Need(p.Subjects, "subjects");
        Need(p.Agency, "agency");
        Need(p.Result, "result");
        Need(p.Fees, "fees");
        Need(p.LegalBasis, "legalBasis");
        return missing;
    }
}
