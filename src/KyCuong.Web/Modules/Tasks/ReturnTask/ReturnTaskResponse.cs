using KyCuong.Web.Modules.Tasks.Domain;

namespace KyCuong.Web.Modules.Tasks.ReturnTask;

internal sealed record ReturnTaskResponse(TaskStatusLabel Status, string State, int ReturnCount, Guid AssignerUnitId);
