using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Inspections.CreateInspection;

/// <summary>
/// docs/api.md: <c>{"title","checkedUnitIds":[],"surprise":bool,"plannedStart","teamUserIds":[],"topics":[]}</c>; extension
/// <c>orderingUnitId</c> (default: the nearest unit above every checked unit) and <c>teamLeaderUserId</c> (the head of the team, one of
/// its members, else 422 <c>inspection.teamLeaderNotOnTeam</c>; default: the first member listed, as the decision lists the head first).
/// </summary>
internal sealed record CreateInspectionRequest(
    [property: SingleLine] string? Title,
    IReadOnlyList<Guid>? CheckedUnitIds,
    bool? Surprise,
    DateOnly? PlannedStart,
    IReadOnlyList<Guid>? TeamUserIds,
    IReadOnlyList<string>? Topics,
    Guid? OrderingUnitId = null,
    Guid? TeamLeaderUserId = null);

internal sealed record CreateInspectionResponse(Guid Id);

internal sealed class CreateInspectionHandler(
    AppDbContext db, InspectionAccess inspections, IUnitDirectory units, IPeopleDirectory people, INotifier notifier, AuditLog audit,
    ICurrentUser currentUser, TimeProvider clock)
{
    public const int MaxCheckedUnits = 200;
    public const int MaxTeam = 50;
    public const int MaxTopics = 20;

    /// <param name="link">Runs before the save, in the same transaction (a check decided from a plan line links both ways).</param>
    public async Task<CreateInspectionResponse> HandleAsync(CreateInspectionRequest r, CancellationToken ct, Action<Inspection>? link = null)
    {
        var today = clock.Today();
        var checkedIds = r.CheckedUnitIds ?? [];
        var team = r.TeamUserIds ?? [];
        var topics = (r.Topics ?? []).Select(t => t?.Trim().Normalize() ?? "").ToList();
        new Validator()
            .Require(r.Title, "title", "Tên cuộc kiểm tra", 500)
            .Check(checkedIds.Count > 0, "checkedUnitIds", "Cần ít nhất một đơn vị được kiểm tra. / At least one checked unit is required.")
            .Check(checkedIds.Count <= MaxCheckedUnits, "checkedUnitIds", $"Tối đa {MaxCheckedUnits} đơn vị. / At most {MaxCheckedUnits} units.")
            .Check(checkedIds.All(u => u != Guid.Empty) && checkedIds.Distinct().Count() == checkedIds.Count, "checkedUnitIds",
                "Đơn vị được kiểm tra không hợp lệ hoặc bị lặp. / Invalid or repeated checked unit.")
            .Check(team.Count > 0, "teamUserIds", "Cần ít nhất một thành viên đoàn kiểm tra. / At least one team member is required.")
            .Check(team.Count <= MaxTeam, "teamUserIds", $"Tối đa {MaxTeam} thành viên. / At most {MaxTeam} team members.")
            .Check(team.All(u => u != Guid.Empty) && team.Distinct().Count() == team.Count, "teamUserIds",
                "Thành viên đoàn không hợp lệ hoặc bị lặp. / Invalid or repeated team member.")
            .Check(r.PlannedStart is not null, "plannedStart", "Cần ngày dự kiến tiến hành. / plannedStart is required.")
            .Check(r.PlannedStart is null || r.PlannedStart >= today, "plannedStart", "Ngày tiến hành không được ở quá khứ. / plannedStart cannot be in the past.")
            .Check(topics.Count <= MaxTopics, "topics", $"Tối đa {MaxTopics} nội dung. / At most {MaxTopics} topics.")
            .Check(topics.All(t => t.Length is > 0 and <= 500), "topics", "Mỗi nội dung kiểm tra từ 1 đến 500 ký tự. / Each topic must be 1 to 500 characters.")
            .ThrowIfInvalid();

        var found = await units.FindManyAsync(checkedIds.ToList(), ct);
        var missing = checkedIds.Where(u => !found.ContainsKey(u)).ToList();
        if (missing.Count > 0)
        {
            throw RequestValidationException.For("checkedUnitIds", "Đơn vị được kiểm tra không tồn tại. / A checked unit does not exist.");
        }

        if (found.Values.Any(u => (u.ValidFrom is { } f && f > today) || (u.ValidTo is { } t && t < today)))
        {
            throw RequestValidationException.For("checkedUnitIds", "Đơn vị được kiểm tra không còn hoạt động. / A checked unit is no longer in force.");
        }

        var ordering = await OrderingUnitAsync(checkedIds, r.OrderingUnitId, ct);
        if (!await inspections.CanDecideAsync(ordering, ct))
        {
            throw new ForbiddenException("Chỉ lãnh đạo hoặc văn phòng của cơ quan quản lý được quyết định kiểm tra. / Only the managing body's leaders or office may decide a check.");
        }

        var names = await people.NamesAsync(team, ct);
        if (team.Any(u => !names.ContainsKey(u)))
        {
            throw RequestValidationException.For("teamUserIds", "Thành viên đoàn không tồn tại. / A team member does not exist.");
        }

        foreach (var member in team)
        {
            // docs/domain.md "Checks of official duties": a checked unit does not check itself, and a surprise would leak through it.
            var line = await inspections.LineAboveAsync(member, ct);
            if (checkedIds.Any(line.Contains))
            {
                throw RequestValidationException.For("teamUserIds",
                    $"{names[member]} công tác tại đơn vị được kiểm tra, không được tham gia đoàn. / {names[member]} works in a checked unit and cannot sit on the team.");
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var surprise = r.Surprise ?? false;
        var i = new Inspection(Guid.CreateVersion7(), r.Title!.Trim().Normalize(), ordering, surprise, r.PlannedStart!.Value, currentUser.UserId, now,
            checkedIds, team, topics);
        i.LedBy(r.TeamLeaderUserId ?? team[0]);
        db.Inspections.Add(i);
        audit.Record(InspectionAudit.Entity, i.Id, InspectionAudit.Decided, new
        {
            i.Title, orderingUnitId = ordering, checkedUnitIds = checkedIds, surprise, plannedStart = i.PlannedStart, teamUserIds = team, teamLeaderUserId = i.TeamLeaderUserId, topics,
        });

        var orderingName = (await units.FindAsync(ordering, ct))?.Name ?? "";
        foreach (var member in team)
        {
            notifier.Notify(new NotificationRequest(member, InspectionAudit.NotificationCategory,
                $"Tham gia đoàn kiểm tra: {Shorten(i.Title)}",
                $"{orderingName} cử anh/chị tham gia đoàn kiểm tra công vụ{(surprise ? " đột xuất (không thông báo trước cho đơn vị)" : "")}, dự kiến từ {i.PlannedStart:dd/MM/yyyy}.",
                $"/Inspections/Details/{i.Id}", $"inspection:{i.Id}:team:{member}"));
        }

        link?.Invoke(i);
        if (!surprise)
        {
            await NotifyCheckedUnitsAsync(notifier, people, i, orderingName, "notice", today, ct);
        }

        await db.SaveChangesAsync(ct);
        return new CreateInspectionResponse(i.Id);
    }

    /// <summary>The heads of the checked units learn of the check (on decision when notified, on arrival when a surprise).</summary>
    internal static async Task NotifyCheckedUnitsAsync(INotifier notifier, IPeopleDirectory people, Inspection i, string orderingName, string step, DateOnly today,
        CancellationToken ct)
    {
        foreach (var c in i.CheckedUnits)
        {
            if (await people.HeadOfAsync(c.UnitId, today, ct) is { } head)
            {
                notifier.Notify(new NotificationRequest(head.UserId, InspectionAudit.NotificationCategory,
                    step == "notice" ? $"Thông báo kiểm tra công vụ: {Shorten(i.Title)}" : $"Đoàn kiểm tra đột xuất đã đến làm việc: {Shorten(i.Title)}",
                    step == "notice"
                        ? $"{orderingName} sẽ kiểm tra hoạt động công vụ tại đơn vị từ ngày {i.PlannedStart:dd/MM/yyyy}."
                        : $"{orderingName} kiểm tra đột xuất hoạt động công vụ tại đơn vị từ hôm nay.",
                    $"/Inspections/Details/{i.Id}", $"inspection:{i.Id}:{step}:{c.UnitId}"));
            }
        }
    }

    internal static string Shorten(string s) => s.Length <= 120 ? s : s[..117] + "...";

    /// <summary>The ordering body: given, it must be strictly above every checked unit; else the nearest such unit.</summary>
    private async Task<Guid> OrderingUnitAsync(IReadOnlyList<Guid> checkedIds, Guid? given, CancellationToken ct)
    {
        var lines = new List<List<Guid>>();
        foreach (var c in checkedIds)
        {
            lines.Add((await inspections.AncestorsOrSelfAsync(c, ct)).Skip(1).ToList());
        }

        if (given is { } g)
        {
            return lines.All(l => l.Contains(g))
                ? g
                : throw RequestValidationException.For("orderingUnitId",
                    "Cơ quan ra quyết định phải là cấp trên của mọi đơn vị được kiểm tra. / The ordering body must be above every checked unit.");
        }

        return lines[0].FirstOrDefault(a => lines.All(l => l.Contains(a))) is var common && common != Guid.Empty
            ? common
            : throw RequestValidationException.For("checkedUnitIds", "Các đơn vị được kiểm tra không có cấp trên chung. / The checked units have no common superior.");
    }
}
