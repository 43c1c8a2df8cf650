using System.Globalization;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Tasks;

/// <summary>
/// Every step of a task told to the person who must act next (docs/domain.md §6 "every step told"): assignment, hand-off,
/// return, re-routing, extension request and decision, reopening, coordination. Each notice names the task, the step and the
/// deadline and links to the task; it goes through the Notifications contract in the caller's unit of work (inbox, live count,
/// e-mail per the person's preference) and never to the person who acted.
/// </summary>
internal sealed class TaskNotices(INotifier notifier, OrgPeople people, ICurrentUser currentUser, TimeProvider clock)
{
    public static string Link(Guid taskId) => $"/Tasks/Details/{taskId}";

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "không có hạn cụ thể (nhiệm vụ thường xuyên)";

    /// <summary>
    /// Tells <paramref name="recipient"/> about a step. Returns false (nothing sent) when there is nobody to tell or the
    /// recipient is the person acting.
    /// </summary>
    public bool Tell(Guid? recipient, string category, WorkTask task, string step, string subject, string? detail, string key, DateOnly? stepDueDate = null)
    {
        if (recipient is not { } to || to == currentUser.UserId)
        {
            return false;
        }

        var deadline = stepDueDate is { } s && s != task.DueDate
            ? $"Hạn của bước: {Date(s)}; hạn nhiệm vụ: {Date(task.DueDate)}."
            : $"Hạn nhiệm vụ: {Date(task.DueDate)}.";
        var body = $"Nhiệm vụ “{task.Title}”. Bước: {step}. {deadline}" + (string.IsNullOrWhiteSpace(detail) ? "" : " " + detail.Trim());
        notifier.Notify(new NotificationRequest(to, category, subject, body, Link(task.Id), key));
        return true;
    }

    /// <summary>The one who decides for the assigning side: the person who assigned the task, else the assigning unit's head.</summary>
    public async Task<Guid?> AssignerAsync(WorkTask task, CancellationToken ct) =>
        task.AssignedByUserId ?? (await people.HeadOfAsync(task.AssignerUnitId, clock.Today(), ct))?.UserId;

    /// <summary>The one who holds the task now: the current holder, else the lead person, else the lead unit's head.</summary>
    public async Task<Guid?> HolderAsync(WorkTask task, CancellationToken ct) =>
        task.CurrentHolderUserId ?? task.LeadUserId ?? (await people.HeadOfAsync(task.LeadUnitId, clock.Today(), ct))?.UserId;

    /// <summary>
    /// A coordinating unit learns of its part: its head (a leader, else a deputy), else its clerks, who register and pass it on
    /// (docs/domain.md §6: the lead unit answers, coordinators contribute their part).
    /// </summary>
    public async Task TellCoordinatorsAsync(WorkTask task, IEnumerable<Guid> unitIds, string leadUnitName, CancellationToken ct)
    {
        var today = clock.Today();
        foreach (var unitId in unitIds.Distinct())
        {
            var head = await people.HeadOfAsync(unitId, today, ct);
            IEnumerable<Guid> recipients = head is not null
                ? [head.UserId]
                : (await people.PeopleInAsync([unitId], today, ct)).Where(p => p.UnitId == unitId && ((OrgRole)p.Roles).HasFlag(OrgRole.Clerk)).Select(p => p.UserId).Distinct();
            foreach (var r in recipients)
            {
                Tell(r, NotificationCategories.Coordination, task, "phối hợp thực hiện",
                    $"Đơn vị của bạn phối hợp thực hiện nhiệm vụ \"{task.Title}\"",
                    $"Đơn vị chủ trì: {leadUnitName}. Đơn vị phối hợp tham gia phần việc thuộc chức năng của mình và gửi ý kiến, kết quả cho đơn vị chủ trì.",
                    $"task-coordinating:{task.Id}:{unitId}:{r}");
            }
        }
    }
}
