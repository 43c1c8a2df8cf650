namespace KyCuong.Web.Modules.Tasks.CreateTask;

/// <summary>
/// docs/api.md: <c>201 {"id","dueDate","status"}</c>, plus the lead unit actually assigned (a successor when the requested unit has
/// ended) and <c>requestedDueDate</c>: the date asked when it fell on a day off and <c>dueDate</c> is the next working day, else null.
/// </summary>
internal sealed record CreateTaskResponse(Guid Id, DateOnly? DueDate, string Status, Guid LeadUnitId, Guid? LeadUserId, Guid AssignerUnitId, DateOnly ReceivedOn,
    DateOnly? RequestedDueDate = null);
