namespace KyCuong.Web.Modules.Reports.Domain;

/// <summary>
/// A reporting regime a body sets for the units under it (Decree 09/2019/NĐ-CP art. 5: name, subject, who reports, to whom,
/// periodicity, deadline, form). docs/domain.md "Reports".
/// </summary>
internal sealed class ReportRegime
{
    private ReportRegime()
    {
    }

    public ReportRegime(Guid id, string name, string? legalBasis, Guid ownerUnitId, Periodicity periodicity, int dueWorkingDays,
        IEnumerable<Guid> reportingUnitIds, IEnumerable<(string Title, string Source)> sections, Guid? createdByUserId, DateTime createdAtUtc,
        IEnumerable<string>? reportingUnitKinds = null)
    {
        Id = id;
        Name = name;
        LegalBasis = legalBasis;
        OwnerUnitId = ownerUnitId;
        Periodicity = periodicity;
        DueWorkingDays = dueWorkingDays;
        CreatedByUserId = createdByUserId;
        CreatedAtUtc = createdAtUtc;
        Units = [.. reportingUnitIds.Distinct().Select(u => new ReportRegimeUnit { RegimeId = id, UnitId = u })];
        Sections = [.. sections.Select((s, i) => new ReportRegimeSection { RegimeId = id, Position = i, Title = s.Title, Source = s.Source })];
        UnitKinds = [.. (reportingUnitKinds ?? []).Distinct().Select(k => new ReportRegimeUnitKind { RegimeId = id, Kind = k })];
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string? LegalBasis { get; private set; }

    /// <summary>The body that set the regime and receives the reports.</summary>
    public Guid OwnerUnitId { get; private set; }

    public Periodicity Periodicity { get; private set; }

    public int DueWorkingDays { get; private set; }

    public Guid? CreatedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public List<ReportRegimeUnit> Units { get; private set; } = [];

    public List<ReportRegimeSection> Sections { get; private set; } = [];

    /// <summary>Kinds of unit that report too: every unit of these kinds in the owner's subtree, resolved at each period.</summary>
    public List<ReportRegimeUnitKind> UnitKinds { get; private set; } = [];
}

/// <summary>A kind of unit (<c>department</c>, <c>commune</c>, …, the organisation's own names) whose units in the owner's subtree report.</summary>
internal sealed class ReportRegimeUnitKind
{
    public Guid RegimeId { get; set; }

    public string Kind { get; set; } = "";
}

internal sealed class ReportRegimeUnit
{
    public Guid RegimeId { get; set; }

    public Guid UnitId { get; set; }
}

internal sealed class ReportRegimeSection
{
    public Guid RegimeId { get; set; }

    public int Position { get; set; }

    public string Title { get; set; } = "";

    /// <summary>One of <see cref="SectionSources"/>.</summary>
    public string Source { get; set; } = "";
}
