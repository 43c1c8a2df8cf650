using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Chasing.Contracts;
using KyCuong.Web.Modules.Chasing.Sweep;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Chasing;

/// <summary>
/// <see cref="IReminderLadders"/> on the same <see cref="LadderResolver"/> and <see cref="Domain.LadderPlan"/> as the deadline sweep, so
/// a late report is chased on the very days and hours a late task would be. The ladders are loaded once per scope (one job run).
/// </summary>
internal sealed class ReminderLadders(AppDbContext db, IUnitDirectory units, IPeopleDirectory people, ICalendarService calendar, TimeProvider clock)
    : IReminderLadders
{
    private readonly Dictionary<Guid, IReadOnlyList<Guid>> _monitors = [];
    private LadderResolver? _resolver;

    public async Task<OverdueLadderStep?> OverdueStepDueAsync(Guid chasingUnitId, DateOnly dueDate, int? lastStep, CancellationToken ct)
    {
        var plan = (await ResolverAsync(ct)).For(chasingUnitId);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!plan.IsWorkingTime(now) || plan.Current(dueDate, lastStep, now) is not { Step: >= 1 } current)
        {
            return null;
        }

        return new OverdueLadderStep(current.Step, current.Step >= plan.Ladder.EscalateHeadFromStep, current.Step >= plan.Ladder.EscalateMonitorFromStep);
    }

    public async Task<IReadOnlyList<Guid>> MonitorsAsync(Guid chasingUnitId, CancellationToken ct)
    {
        if (_monitors.TryGetValue(chasingUnitId, out var cached))
        {
            return cached;
        }

        var resolver = await ResolverAsync(ct);
        var office = resolver.For(chasingUnitId).Ladder.MonitoringOfficeUnitId;
        var today = clock.Today();
        IReadOnlyList<Guid> result = [];
        foreach (var unit in office is { } o ? [o] : resolver.AncestorLine(chasingUnitId))
        {
            var monitors = (await people.PeopleInAsync([unit], today, ct)).Where(p => p.Roles.HasFlag(OrgRole.Monitor)).Select(p => p.UserId).Distinct().ToList();
            if (monitors.Count > 0)
            {
                result = monitors;
                break;
            }

            // A configured office without a monitor answers through its head (as in the deadline sweep).
            if (office is not null && (await people.HeadOfAsync(unit, today, ct))?.UserId is { } head)
            {
                result = [head];
            }
        }

        return _monitors[chasingUnitId] = result;
    }

    private async Task<LadderResolver> ResolverAsync(CancellationToken ct) => _resolver ??= await LadderResolver.LoadAsync(db, units, calendar, ct);
}
