using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.GetTask;

namespace KyCuong.Web.Modules.Tasks.ReviewTask;

/// <summary>The task after the review (open again when it was sent back) and the review as <c>GET /api/v1/tasks/{id}</c> shows it.</summary>
internal sealed record ReviewTaskResponse(Guid Id, TaskStatusLabel Status, string State, DateOnly? DueDate, int Version, ReviewDto Review);
