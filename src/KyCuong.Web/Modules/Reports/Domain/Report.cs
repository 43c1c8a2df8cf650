namespace KyCuong.Web.Modules.Reports.Domain;

/// <summary>
/// One unit's report for one period of a regime. Created (pre-filled) when the period opens; figures refreshed from live data
/// until the unit first edits it; after submission it is frozen with the outgoing document's number and date
/// (Decree 30/2020/NĐ-CP: a report leaves as a numbered administrative document). docs/domain.md "Reports".
/// </summary>
internal sealed class Report
{
    private Report()
    {
    }

    public Report(Guid id, Guid regimeId, Guid unitId, ReportPeriod period, DateOnly dueDate, DateTime createdAtUtc)
    {
        Id = id;
        RegimeId = regimeId;
        UnitId = unitId;
        Period = period.Key;
        From = period.From;
        To = period.To;
        DueDate = dueDate;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid RegimeId { get; private set; }

    public Guid UnitId { get; private set; }

    public string Period { get; private set; } = "";

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Set at the unit's first edit: from then on its figures are its own (changed only with a recorded reason).</summary>
    public DateTime? EditedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public Guid? SubmittedByUserId { get; private set; }

    /// <summary>The working day of submission (Vietnam time), to tell on time from late.</summary>
    public DateOnly? SubmittedOn { get; private set; }

    public string? DocumentNumber { get; private set; }

    public DateOnly? DocumentDate { get; private set; }

    public List<ReportSection> Sections { get; private set; } = [];

    public bool Submitted => SubmittedAtUtc is not null;

    /// <summary>notStarted (untouched pre-fill), draft (edited), submitted, late (not submitted after the due date's end).</summary>
    public string Status(DateOnly today) =>
        Submitted ? "submitted" : today > DueDate ? "late" : EditedAtUtc is null ? "notStarted" : "draft";

    public void MarkEdited(DateTime nowUtc) => EditedAtUtc ??= nowUtc;

    public void Submit(Guid? userId, DateTime nowUtc, DateOnly today, string documentNumber, DateOnly documentDate)
    {
        SubmittedAtUtc = nowUtc;
        SubmittedByUserId = userId;
        SubmittedOn = today;
        DocumentNumber = documentNumber;
        DocumentDate = documentDate;
    }
}

internal sealed class ReportSection
{
    public Guid ReportId { get; set; }

    public int Position { get; set; }

    public string Title { get; set; } = "";

    public string Source { get; set; } = "";

    /// <summary>A JSON object of named figures (numbers), as pre-filled or as changed with a reason.</summary>
    public string FiguresJson { get; set; } = "{}";

    public string? Text { get; set; }
}

/// <summary>A figure changed by hand, with who, when and why (the report stays traceable to the live data it came from).</summary>
internal sealed class ReportFigureChange
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    public int Position { get; set; }

    public string Figure { get; set; } = "";

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    public string Reason { get; set; } = "";

    public Guid? UserId { get; set; }

    public DateTime AtUtc { get; set; }
}
