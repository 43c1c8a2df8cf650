using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Citizens.RouteFeedback;

/// <summary><c>{"unitId","kind"?,"workingDays"?}</c>: the competent unit inside the body, the classification, the handling period.</summary>
internal sealed record RouteFeedbackRequest(Guid? UnitId, string? Kind, int? WorkingDays);

/// <summary>
/// The receiving office routes an item to the competent unit of its body, which handles it as a task with a deadline in working
/// days (Citizens:HandleWorkingDays by default), so the chasing ladder, the counters and the dashboards see it like any task.
/// The item and its task commit together.
/// </summary>
internal sealed class RouteFeedbackHandler(
    AppDbContext db, FeedbackAccess access, ITaskIntake intake, IUnitDirectory units, AuditLog audit, TimeProvider clock, IOptions<CitizensOptions> options)
{
    public async Task<FeedbackActionResponse> HandleAsync(Guid id, RouteFeedbackRequest r, CancellationToken ct)
    {
        new Validator()
            .Check(r.UnitId is { } u && u != Guid.Empty, "unitId", "Cần đơn vị có thẩm quyền xử lý. / unitId is required.")
            .Check(r.Kind is null || r.Kind is FeedbackKinds.Reflection or FeedbackKinds.Recommendation, "kind",
                "Chỉ phản ánh hoặc kiến nghị được giao xử lý; khiếu nại, tố cáo thì từ chối kèm hướng dẫn. / Only reflections and recommendations are routed.")
            .Check(r.WorkingDays is null or (>= 1 and <= 120), "workingDays", "Số ngày làm việc từ 1 đến 120. / workingDays must be 1 to 120.")
            .ThrowIfInvalid();
        var item = await access.LoadAsync(id, ct);
        await access.EnsureReceivingAsync(item, ct);
        if (!await units.Subtree(item.BodyUnitId).AnyAsync(x => x == r.UnitId!.Value, ct))
        {
            throw RequestValidationException.For("unitId",
                "Đơn vị xử lý phải thuộc cơ quan tiếp nhận; ngoài thẩm quyền thì chuyển cơ quan có thẩm quyền. / The unit must belong to the receiving body; forward the item otherwise.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var task = await intake.OpenForBodyAsync(new NewTask(
            $"Xử lý phản ánh, kiến nghị {TrackingCodes.Display(item.TrackingCode)}: {Shorten(item.Subject)}",
            item.Content, r.UnitId!.Value, null, [], null, r.WorkingDays ?? options.Value.HandleWorkingDays, AssignerUnitId: item.BodyUnitId), ct);
        item.Route(r.UnitId!.Value, task.Id, r.Kind, clock.GetUtcNow().UtcDateTime);
        audit.Record(CitizensAudit.Entity, item.Id, CitizensAudit.Routed, new { unitId = r.UnitId, taskId = task.Id, item.Kind, dueDate = task.DueDate });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new FeedbackActionResponse(item.Id, item.Status, task.Id, task.DueDate);
    }

    private static string Shorten(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
