using KyCuong.Web.Modules.Tasks.Domain;

namespace KyCuong.Web.Modules.Tasks.Cascade;

/// <summary>
/// docs/domain.md §6 (cascade): per clause of a directive and per subordinate unit, whether the unit issued its implementing
/// document, reported (completed), or did nothing, and what is overdue.
/// </summary>
internal sealed record CascadeResponse(Guid? SourceDocumentId, IReadOnlyList<CascadeClause> Clauses);

internal sealed record CascadeClause(Guid TaskId, string? ClauseRef, string Title, Guid LeadUnitId, string LeadUnitName, DateOnly? DueDate, TaskStatusLabel Status,
    IReadOnlyList<ImplementingDocumentRef> ImplementingDocuments, IReadOnlyList<CascadeRow> Units);

internal sealed record CascadeRow(Guid TaskId, Guid UnitId, string UnitName, string Title, DateOnly? DueDate, TaskStatusLabel Status, string StatusLabel,
    bool Reported, bool Overdue, IReadOnlyList<ImplementingDocumentRef> ImplementingDocuments, string Outcome);

internal sealed record ImplementingDocumentRef(Guid Id, string? NumberSymbol, DateOnly? Date, string? Subject);
