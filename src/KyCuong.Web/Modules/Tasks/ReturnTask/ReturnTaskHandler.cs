using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.ReturnTask;

/// <summary>
/// docs/domain.md §9: a body receiving a matter outside its competence returns it at once with the reason and suggests the
/// competent unit; the task goes back to the assigner for re-routing, keeping its original receipt date. Returns are counted.
/// </summary>
internal sealed class ReturnTaskHandler(AppDbContext db, TaskAccess taskAccess, IUnitDirectory units, AuditLog audit, TimeProvider clock, ICurrentUser currentUser,
    ICompetenceCatalogue catalogue, TaskNotices notices)
{
    public async Task<ReturnTaskResponse> HandleAsync(Guid id, ReturnTaskRequest request, CancellationToken ct)
    {
        new Validator().Require(request.Reason, "reason", "Lý do trả lại (nêu căn cứ thẩm quyền)", 2000).ThrowIfInvalid();
        var task = await taskAccess.LoadAsync(id, ct);
        await taskAccess.EnsureCanHandleAsync(task, ct);
        if (request.SuggestedUnitId is { } suggested)
        {
            if (await units.FindAsync(suggested, ct) is null)
            {
                throw RequestValidationException.For("suggestedUnitId", "Đơn vị đề xuất không tồn tại. / The suggested unit does not exist.");
            }

            if (suggested == task.LeadUnitId)
            {
                throw RequestValidationException.For("suggestedUnitId", "Đơn vị đề xuất phải khác đơn vị trả lại. / Suggest another unit than the one returning.");
            }
        }

        // docs/domain.md §9: the return cites the competence catalogue; the entry, when given, must exist.
        CompetenceLink? cited = null;
        if (request.CatalogueEntryId is { } entryId)
        {
            cited = await catalogue.FindEntryAsync(entryId, ct)
                ?? throw RequestValidationException.For("catalogueEntryId", "Mục thẩm quyền không tồn tại. / The catalogue entry does not exist.");
        }

        var citation = cited is null ? null : Citation(cited, cited.UnitId is { } citedUnit ? (await units.FindAsync(citedUnit, ct))?.Name : null);

        var now = clock.GetUtcNow().UtcDateTime;
        var returningUnit = task.LeadUnitId;
        task.Return();
        var sequence = await db.TaskRoutings.Where(r => r.TaskId == id).MaxAsync(r => (int?)r.Sequence, ct) ?? 0;
        var routing = new TaskRouting(Guid.CreateVersion7(), id, sequence + 1, RoutingKind.Returned, returningUnit, currentUser.UserId, now,
            request.Reason!.Trim(), request.SuggestedUnitId).CitingCatalogue(cited?.EntryId);
        db.TaskRoutings.Add(routing);

        // docs/domain.md §9: the assigner must re-route it; they learn of the return at once, with the reason and the suggestion.
        var returningName = (await units.FindAsync(returningUnit, ct))?.Name ?? "Đơn vị chủ trì";
        var suggestedName = request.SuggestedUnitId is { } s ? (await units.FindAsync(s, ct))?.Name : null;
        notices.Tell(await notices.AssignerAsync(task, ct), NotificationCategories.TaskReturned, task, "trả lại, chờ cơ quan giao điều chuyển",
            $"Nhiệm vụ \"{task.Title}\" bị trả lại, cần điều chuyển",
            $"{returningName} trả lại vì không thuộc thẩm quyền. Lý do: {AuditReason(request.Reason.Trim())}"
                + (suggestedName is null ? "" : $" Đề xuất chuyển đến: {suggestedName}.") + (citation is null ? "" : $" Căn cứ: {citation}."),
            $"task-returned:{routing.Id}");
        foreach (var h in await db.TaskHandoffs.Where(h => h.TaskId == id && h.EndedAtUtc == null).ToListAsync(ct))
        {
            h.End(now);
        }

        audit.Record(TaskAudit.Entity, id, TaskAudit.Returned,
            new
            {
                returnedByUnitId = returningUnit, suggestedUnitId = request.SuggestedUnitId, returnCount = task.ReturnCount, receivedOn = task.ReceivedOn,
                catalogueEntryId = cited?.EntryId, citation,
            },
            AuditReason(citation is null ? request.Reason.Trim() : $"{request.Reason.Trim()} — Căn cứ danh mục thẩm quyền: {citation}"));
        await db.SaveChangesAsync(ct);
        return new ReturnTaskResponse(task.StatusOn(clock.Today()), "returned", task.ReturnCount, task.AssignerUnitId);
    }

    /// <summary>The audit keeps at most 1000 characters of a reason; the full text stays on the routing record.</summary>
    private static string AuditReason(string reason) => reason.Length <= 1000 ? reason : reason[..999] + "…";

    /// <summary>How a cited catalogue entry reads in the task's history.</summary>
    internal static string Citation(CompetenceLink link, string? unitName) =>
        $"{link.MatterName} — {unitName ?? KindLabel(link.UnitKind)} {(link.Role == CompetenceRole.Decides ? "quyết định" : "liên quan")} ({link.LegalBasis})";

    private static string KindLabel(string? kind) => kind switch
    {
        "commune" => "UBND cấp xã",
        "province" => "UBND cấp tỉnh",
        "department" => "các sở, ban, ngành",
        "division" => "các phòng",
        _ => kind ?? "",
    };
}
