namespace KyCuong.Web.Modules.Tasks.RerouteTask;

/// <summary>After a re-routing: the new lead, the kept receipt date, the counts and the A→B→A flag (docs/domain.md §9).</summary>
internal sealed record RerouteTaskResponse(Guid Id, Guid LeadUnitId, Guid? LeadUserId, DateOnly ReceivedOn, int ReturnCount, int RerouteCount, bool Bounced, string State);
