using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Inspections.ConcludeInspection;

internal sealed record RemedyInput(Guid? UnitId, string? Text, int? WorkingDays);

/// <summary><c>{"text","remedies":[{"unitId","text","workingDays"?}]}</c>.</summary>
internal sealed record ConcludeRequest(string? Text, IReadOnlyList<RemedyInput>? Remedies);

internal sealed record ConcludedRemedy(Guid Id, Guid UnitId, Guid TaskId, DateOnly? DueDate);

internal sealed record ConcludeResponse(Guid Id, string Status, IReadOnlyList<ConcludedRemedy> Remedies);

/// <summary>
/// The ordering body's conclusion. Each required remedy becomes a task assigned from the ordering body to the checked unit with
/// its deadline in working days (docs/domain.md "Checks of official duties", §6, §7), in the same transaction as the conclusion.
/// </summary>
internal sealed class ConcludeInspectionHandler(
    AppDbContext db, InspectionAccess inspections, ITaskAssignments assignments, AuditLog audit, ICurrentUser me, TimeProvider clock,
    IOptions<InspectionOptions> options)
{
    public const int MaxRemedies = 100;

    public async Task<ConcludeResponse> HandleAsync(Guid id, ConcludeRequest r, CancellationToken ct)
    {
        var o = options.Value;
        var remedies = r.Remedies ?? [];
        var v = new Validator()
            .Require(r.Text, "text", "Nội dung kết luận", 16000)
            .Check(remedies.Count <= MaxRemedies, "remedies", $"Tối đa {MaxRemedies} yêu cầu khắc phục. / At most {MaxRemedies} remedies.");
        for (var k = 0; k < remedies.Count; k++)
        {
            var x = remedies[k];
            v.Check(x.UnitId is { } u && u != Guid.Empty, $"remedies[{k}].unitId", "Cần đơn vị thực hiện khắc phục. / unitId is required.")
                .Require(x.Text, $"remedies[{k}].text", "Nội dung khắc phục", 4000)
                .Check(x.WorkingDays is null || (x.WorkingDays >= o.MinRemedyWorkingDays && x.WorkingDays <= o.MaxRemedyWorkingDays), $"remedies[{k}].workingDays",
                    $"Thời hạn khắc phục từ {o.MinRemedyWorkingDays} đến {o.MaxRemedyWorkingDays} ngày làm việc. / workingDays must be between {o.MinRemedyWorkingDays} and {o.MaxRemedyWorkingDays}.");
        }

        v.ThrowIfInvalid();
        var i = await inspections.LoadAsync(id, ct);
        if (!await inspections.CanConcludeAsync(i, ct))
        {
            throw new ForbiddenException("Chỉ lãnh đạo cơ quan ra quyết định kiểm tra được kết luận. / Only the ordering body's leaders may conclude.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var items = remedies.Select(x => new InspectionRemedy
        {
            Id = Guid.CreateVersion7(), UnitId = x.UnitId!.Value, Text = x.Text!.Trim().Normalize(), WorkingDays = x.WorkingDays ?? o.DefaultRemedyWorkingDays,
        }).ToList();
        // Refuses an out-of-order step or a unit outside the check before anything is written.
        i.Conclude(r.Text!.Trim().Normalize(), items, me.UserId, now, today);
        db.AddRange(items);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = items.Count == 0
            ? []
            : await assignments.AssignAsync(items.Select(x => new NewTask(
                Shorten($"Khắc phục sau kiểm tra công vụ: {x.Text}"),
                $"Yêu cầu khắc phục theo kết luận kiểm tra \"{i.Title}\".\n\n{x.Text}",
                x.UnitId, null, [], null, x.WorkingDays, AssignerUnitId: i.OrderingUnitId)).ToList(), ct);
        for (var k = 0; k < items.Count && k < created.Count; k++)
        {
            items[k].TaskId = created[k].Id;
            items[k].DueDate = created[k].DueDate;
        }

        audit.Record(InspectionAudit.Entity, i.Id, InspectionAudit.Concluded, new
        {
            text = i.Conclusion,
            remedies = items.Select(x => new { x.Id, x.UnitId, x.Text, x.WorkingDays, x.DueDate, x.TaskId }),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ConcludeResponse(i.Id, i.Status, items.Select(x => new ConcludedRemedy(x.Id, x.UnitId, x.TaskId!.Value, x.DueDate)).ToList());
    }

    private static string Shorten(string s) => s.Length <= 480 ? s : s[..477] + "...";
}
