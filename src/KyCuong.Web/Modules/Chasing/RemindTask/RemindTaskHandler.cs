using KyCuong.Web.Modules.Chasing.Domain;
using KyCuong.Web.Modules.Chasing.Sweep;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Chasing.RemindTask;

/// <summary>
/// A monitor or a leader chases a task by hand (đôn đốc, docs/domain.md §10): the reminder goes to the answerable person (the lead
/// person, else the lead unit's head) and counts against them; the notice, the audit row, the tally and — when the count
/// reaches the threshold — the transfer-review flag commit together.
/// </summary>
internal sealed class RemindTaskHandler(AppDbContext db, ITaskDeadlines tasks, IAccessControl access, IPeopleDirectory people, ChaseAccess chaseAccess,
    FlagRaiser flags, ChaseStore store, AuditLog audit, INotifier notifier, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<RemindTaskResponse> HandleAsync(Guid taskId, RemindTaskRequest request, CancellationToken ct)
    {
        new Validator().MaxLength(request.Note, "note", "Ghi chú", 2000).ThrowIfInvalid();
        var task = await tasks.FindAsync(taskId, ct) ?? throw NotFound();
        // ADR 0003: the monitors of the directive's focal unit (đầu mối theo dõi) follow and chase its whole cascade.
        var follows = task.FocalUnitId is { } focal && await access.HasAsync(Permission.Monitor, focal, ct);
        if (!follows && !await access.HasAsync(Permission.ViewWork, task.LeadUnitId, ct) && !await access.HasAsync(Permission.ViewWork, task.AssignerUnitId, ct))
        {
            throw NotFound();
        }

        if (!follows && !await MayChaseAsync(task.LeadUnitId, ct) && !await MayChaseAsync(task.AssignerUnitId, ct))
        {
            throw new ForbiddenException("Chỉ người theo dõi, đôn đốc hoặc lãnh đạo giao việc được đôn đốc nhiệm vụ này. / Only a monitor or an assigning leader may chase this task.");
        }

        if (task.State == "completed")
        {
            throw new DomainException("task.alreadyCompleted", "Nhiệm vụ đã hoàn thành. / The task is already completed.");
        }

        if (task.State == "returned")
        {
            throw new DomainException("task.returned", "Nhiệm vụ đã được trả lại, đang chờ điều chuyển. / The task was returned and awaits re-routing.");
        }

        var today = clock.Today();
        var recipient = task.AnswerableUserId ?? (await people.HeadOfAsync(task.LeadUnitId, today, ct))?.UserId
            ?? throw new DomainException("chasing.noAnswerablePerson", "Đơn vị chủ trì chưa có người chịu trách nhiệm. / The lead unit has no answerable person.");
        var now = clock.GetUtcNow().UtcDateTime;
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        await using var tx = await store.BeginAsync(ct);
        var reminder = new ReminderRecord
        {
            Id = Guid.CreateVersion7(), TaskId = task.TaskId, RecipientUserId = recipient, Kind = ReminderKinds.Manual, Counts = true, AtUtc = now,
            DueDate = task.DueDate, ByUserId = currentUser.UserId, Note = note,
        };
        db.ChaseReminders.Add(reminder);

        // docs/domain.md §10: manual reminders count against the answerable person, like overdue ladder steps.
        var tallies = await store.IncrementTalliesAsync(new Dictionary<Guid, int> { [recipient] = 1 }, ct);
        var count = tallies.Count > 0 ? tallies[0].Total : 1;
        audit.Record(ChasingAudit.TaskEntity, task.TaskId, ChasingAudit.ManualReminder, new { reminderId = reminder.Id, recipientUserId = recipient, count }, note);
        var byName = currentUser.UserName is null ? "Người theo dõi" : (await people.NamesAsync([currentUser.UserId!.Value], ct)).GetValueOrDefault(currentUser.UserId.Value) ?? currentUser.UserName;
        var p = ChaseNotices.Manual(recipient, task.TaskId, task.Title, count, note, byName, task.DueDate);
        notifier.Notify(new NotificationRequest(recipient, p.Category, p.Subject, p.Body, p.Link, $"chase-manual:{reminder.Id}"));
        await db.SaveChangesAsync(ct);
        var raised = await flags.RaiseAsync(tallies, await chaseAccess.LaddersAsync(ct), bySystem: false, ct);
        await tx.CommitAsync(ct);
        return new RemindTaskResponse(count, recipient, reminder.Id, raised > 0 || tallies.Any(t => t.FlaggedAtUtc is not null));
    }

    private async Task<bool> MayChaseAsync(Guid unitId, CancellationToken ct) =>
        await access.HasAsync(Permission.Monitor, unitId, ct) || await access.HasAsync(Permission.AssignWork, unitId, ct);

    private static NotFoundException NotFound() => new("Không tìm thấy nhiệm vụ. / Task not found.");
}
