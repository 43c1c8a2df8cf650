using KyCuong.Web.Modules.Documents.DirectDocument;
using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Documents.Pages;

/// <summary>The direction part of a form: exactly one lead unit, coordinators, one kind of deadline, per-clause leads.</summary>
internal sealed class DirectionForm
{
    public bool CreateTasks { get; set; }

    public Guid? LeadUnitId { get; set; }

    public List<Guid> CoordinatingUnitIds { get; set; } = [];

    public string DeadlineKind { get; set; } = "standing";

    [Deadline]
    public DateOnly? DueDate { get; set; }

    public int? WorkingDays { get; set; }

    public string? Note { get; set; }

    public List<ClauseForm> Clauses { get; set; } = [];

    public DirectDocumentRequest? ToRequest() => !CreateTasks ? null : new DirectDocumentRequest(LeadUnitId, CoordinatingUnitIds,
        DeadlineKind == "date" ? DueDate : null, DeadlineKind == "workingDays" ? WorkingDays : null, DeadlineKind == "standing" ? true : null, Note: Note,
        Clauses: Clauses.Where(c => !string.IsNullOrEmpty(c.Ref)).Select(c => new ClauseDirection(c.Ref, c.Skip, LeadUnitId: c.LeadUnitId)).ToList());
}

internal sealed class ClauseForm
{
    public string? Ref { get; set; }

    public bool Skip { get; set; }

    public Guid? LeadUnitId { get; set; }

    public string? Named { get; set; }

    public string? Text { get; set; }

    public int SourceStart { get; set; }

    public int SourceLength { get; set; }
}
