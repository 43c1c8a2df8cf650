using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Inspections.RecordFinding;

/// <summary>
/// <c>{"unitId","topic"?,"text","personUserId"?}</c>: one line of the team's working record (biên bản), optionally about one official
/// holding a position in that unit or below it (docs/domain.md "Checks of official duties: findings about people").
/// </summary>
internal sealed record RecordFindingRequest(Guid? UnitId, string? Topic, string? Text, Guid? PersonUserId = null);

internal sealed record CreatedResponse(Guid Id);

internal sealed class RecordFindingHandler(
    AppDbContext db, InspectionAccess inspections, IUnitDirectory units, INotifier notifier, AuditLog audit, ICurrentUser me, TimeProvider clock)
{
    public async Task<CreatedResponse> HandleAsync(Guid id, RecordFindingRequest r, CancellationToken ct)
    {
        new Validator()
            .Check(r.UnitId is { } u && u != Guid.Empty, "unitId", "Cần đơn vị được kiểm tra. / unitId is required.")
            .MaxLength(r.Topic, "topic", "Nội dung kiểm tra", 500)
            .Require(r.Text, "text", "Nội dung ghi nhận", 8000)
            .Check(r.PersonUserId != Guid.Empty, "personUserId", "Cá nhân không hợp lệ. / personUserId is invalid.")
            .ThrowIfInvalid();
        var i = await inspections.LoadAsync(id, ct);
        await inspections.EnsureCanRunAsync(i, ct);
        if (r.PersonUserId is { } person && !(await inspections.LineAboveAsync(person, ct)).Contains(r.UnitId!.Value))
        {
            throw RequestValidationException.For("personUserId",
                "Cá nhân được nêu phải đang công tác tại đơn vị được kiểm tra. / The person named must work in the checked unit.");
        }

        var topic = string.IsNullOrWhiteSpace(r.Topic) ? null : r.Topic.Trim().Normalize();
        var f = i.RecordFinding(r.UnitId!.Value, topic, r.Text!.Trim().Normalize(), me.UserId, clock.GetUtcNow().UtcDateTime, r.PersonUserId);
        // A new row under a tracked check: added explicitly (its key is set, so EF would otherwise take it for an existing row).
        db.Add(f);
        audit.Record(InspectionAudit.Entity, i.Id, InspectionAudit.FindingRecorded, new { findingId = f.Id, f.UnitId, f.Topic, f.Text, f.PersonUserId });
        if (f.PersonUserId is { } named && !i.IsSecret)
        {
            // docs/domain.md "Checks of official duties: findings about people": the official named learns of it at once, so they can
            // explain before the competent leader decides; never while a surprise check is still secret (the record refuses findings
            // then anyway; the guard keeps a notice from ever leaking one).
            var unitName = (await units.FindAsync(f.UnitId, ct))?.Name ?? "";
            notifier.Notify(new NotificationRequest(named, InspectionAudit.NotificationCategory,
                $"Đoàn kiểm tra công vụ ghi nhận nội dung nêu tên đồng chí: {CreateInspection.CreateInspectionHandler.Shorten(i.Title)}",
                $"Biên bản kiểm tra tại {unitName} có nội dung nêu tên đồng chí: {CreateInspection.CreateInspectionHandler.Shorten(f.Text)} Đồng chí có quyền giải trình với đoàn kiểm tra.",
                $"/Inspections/Details/{i.Id}", $"inspection:{i.Id}:finding:{f.Id}:person"));
        }

        await db.SaveChangesAsync(ct);
        return new CreatedResponse(f.Id);
    }
}
