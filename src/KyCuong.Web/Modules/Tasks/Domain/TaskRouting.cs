namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// The lead-unit history of a task: assigned to a unit, returned by it (with the reason and a suggested unit), re-routed
/// to another. docs/domain.md §9: an item bouncing between units (A→B→A) is flagged; this history is how it is seen.
/// </summary>
internal sealed class TaskRouting
{
    private TaskRouting()
    {
    }

    public TaskRouting(Guid id, Guid taskId, int sequence, RoutingKind kind, Guid unitId, Guid? byUserId, DateTime atUtc, string? reason, Guid? suggestedUnitId)
    {
        Id = id;
        TaskId = taskId;
        Sequence = sequence;
        Kind = kind;
        UnitId = unitId;
        ByUserId = byUserId;
        AtUtc = atUtc;
        Reason = reason;
        SuggestedUnitId = suggestedUnitId;
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public int Sequence { get; private set; }

    public RoutingKind Kind { get; private set; }

    /// <summary>The lead unit assigned to (Assigned, Rerouted) or the unit that returned the task (Returned).</summary>
    public Guid UnitId { get; private set; }

    public Guid? ByUserId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string? Reason { get; private set; }

    public Guid? SuggestedUnitId { get; private set; }

    /// <summary>docs/domain.md §9: a return cites the competence catalogue entry that gives the matter to another unit (null: none applies, explained in the reason).</summary>
    public Guid? CatalogueEntryId { get; private set; }

    public TaskRouting CitingCatalogue(Guid? entryId)
    {
        CatalogueEntryId = entryId;
        return this;
    }
}
