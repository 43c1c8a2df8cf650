namespace KyCuong.Web.Modules.Evaluation.Domain;

/// <summary>
/// How far a unit completed its yearly targets and tasks (chỉ tiêu, nhiệm vụ năm), as the superior unit's leader records it with the
/// document it comes from (docs/domain.md "Evaluation: patterns and candidates"). Quy định 377-QĐ/TW lists the head of a unit that
/// completed less than 70 % of them among those to be considered for removal from post; the system lists, the competent level decides.
/// One record per unit and year; recording again replaces it (the audit row keeps the previous value).
/// </summary>
internal sealed class UnitTargetResult
{
    private UnitTargetResult()
    {
    }

    public UnitTargetResult(Guid id, Guid unitId, int year)
    {
        Id = id;
        UnitId = unitId;
        Year = year;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    /// <summary>Share of the year's targets completed, in percent (0–100, two decimals).</summary>
    public decimal Percent { get; private set; }

    /// <summary>Number and symbol of the document the figure comes from (e.g. the superior's year-end review report).</summary>
    public string SourceDocument { get; private set; } = "";

    public Guid? RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public void Record(decimal percent, string sourceDocument, Guid? byUserId, DateTime atUtc)
    {
        if (percent is < 0 or > 100 || decimal.Round(percent, 2) != percent)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "0–100 with at most two decimals");
        }

        Percent = percent;
        SourceDocument = sourceDocument;
        RecordedByUserId = byUserId;
        RecordedAtUtc = atUtc;
    }

    /// <summary>QĐ 377-QĐ/TW: "dưới 70 %" — strictly below the threshold; 70 % itself is not below.</summary>
    public bool IsBelow(decimal thresholdPercent) => Percent < thresholdPercent;
}
