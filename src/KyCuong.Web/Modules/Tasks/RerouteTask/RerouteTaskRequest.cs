namespace KyCuong.Web.Modules.Tasks.RerouteTask;

internal sealed record RerouteTaskRequest(Guid? LeadUnitId, Guid? LeadUserId, string? Reason);
