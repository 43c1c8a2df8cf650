namespace KyCuong.Web.Modules.Tasks.RerouteTask;

public sealed record RerouteTaskRequest(Guid? LeadUnitId, Guid? LeadUserId, string? Reason);
