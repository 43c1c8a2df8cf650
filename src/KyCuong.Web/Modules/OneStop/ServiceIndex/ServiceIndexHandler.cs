using KyCuong.Web.Modules.Citizens.Contracts;
using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.OneStop.ServiceIndex;

internal sealed record ServiceIndexMonth(string Month, double? Score, double MeasuredMax, IReadOnlyList<IndexGroupScore> Groups);

/// <summary>
/// docs/api.md "Procedures: simplification plans and the 766 index": the groups over the whole period, the points of the measured groups
/// (<c>score</c> of <c>measuredMax</c>; <c>max</c> is the index's 100), and the same by month.
/// </summary>
internal sealed record ServiceIndexDto(Guid UnitId, string UnitName, DateOnly From, DateOnly To, double? Score, double MeasuredMax, double Max,
    IReadOnlyList<IndexGroupScore> Groups, IReadOnlyList<ServiceIndexMonth> Months);

/// <summary>
/// The index of Quyết định 766/QĐ-TTg for a body and its subtree over a period (docs/domain.md "Procedures: simplification plans and
/// the 766 index"). Publicity: the body's procedures published by the end of the period (or month) over those listed by then (through
/// Procedures' contract). Progress: dossiers returned in the period on or before their due date over those returned. Satisfaction, the
/// mean of two criteria taken from Citizens' contracts: ratings of answers to feedback about the body given in the period with at least
/// <see cref="OneStopOptions.IndexSatisfiedStars"/> stars over all ratings; items answered in the period by their handling deadline over
/// those answered. Digitisation and online services are not recorded: not measured. Seen by
/// whoever sees the unit's work (as the one-stop summary); others get 404.
/// </summary>
internal sealed class ServiceIndexHandler(
    AppDbContext db, IAccessControl access, IUnitDirectory units, IProcedurePublication publication, IFeedbackRatings ratings, IFeedbackAnswerTimes answers,
    TimeProvider clock,
    IOptions<OneStopOptions> options)
{
    public const int MaxMonths = 36;

    public async Task<ServiceIndexDto> HandleAsync(Guid unitId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today();
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, 1, 1);
        new Validator()
            .Check(start <= end, "from", "Ngày bắt đầu phải trước ngày kết thúc. / from must not be after to.")
            .Check(start >= end.AddMonths(-MaxMonths), "from", $"Tối đa {MaxMonths} tháng. / At most {MaxMonths} months.")
            .ThrowIfInvalid();
        var unit = await units.FindAsync(unitId, ct);
        if (unit is null || !await access.HasAsync(Permission.ViewWork, unitId, ct))
        {
            throw new NotFoundException("Không tìm thấy đơn vị. / Unit not found.");
        }

        var subtree = units.Subtree(unitId);
        var bodies = await subtree.ToListAsync(ct);
        // Dossiers returned, per day: few rows however many dossiers.
        var returned = await db.Dossiers.AsNoTracking()
            .Where(d => subtree.Contains(d.ReceivingUnitId) && d.ReturnedOn != null && d.ReturnedOn >= start && d.ReturnedOn <= end)
            .GroupBy(d => d.ReturnedOn!.Value)
            .Select(g => new { Day = g.Key, Done = g.Count(), OnTime = g.Count(d => d.ReturnedOn <= d.DueDate) })
            .ToListAsync(ct);
        var procedures = await publication.ForBodiesAsync(bodies, ct);
        var rated = await ratings.ForBodiesAsync(bodies, start, end, ct);
        var answered = await answers.AnsweredForBodiesAsync(bodies, start, end, ct);
        var o = options.Value;

        List<IndexGroupScore> Groups(DateOnly a, DateOnly b)
        {
            var asOf = b < today ? b : today;
            var listed = procedures.Count(p => p.ListedOn <= asOf);
            var published = procedures.Count(p => p.PublishedOn is { } on && on <= asOf && p.ListedOn <= asOf);
            var days = returned.Where(r => r.Day >= a && r.Day <= b).ToList();
            var inPeriod = rated.Where(r => r.RatedOn >= a && r.RatedOn <= b).ToList();
            var answeredIn = answered.Where(x => x.AnsweredOn >= a && x.AnsweredOn <= b).ToList();
            return
            [
                ServiceIndexRules.Score(ServiceIndexGroups.Publicity, o.IndexPublicityMax, published, listed),
                ServiceIndexRules.Score(ServiceIndexGroups.Progress, o.IndexProgressMax, days.Sum(d => d.OnTime), days.Sum(d => d.Done)),
                ServiceIndexRules.Score(ServiceIndexGroups.Digitisation, o.IndexDigitisationMax, null, null),
                ServiceIndexRules.Score(ServiceIndexGroups.Online, o.IndexOnlineMax, null, null),
                // QĐ 766/QĐ-TTg, nhóm "Mức độ hài lòng": senders' ratings of the answers, and feedback answered within its handling deadline.
                ServiceIndexRules.Score(ServiceIndexGroups.Satisfaction, o.IndexSatisfactionMax,
                [
                    (ServiceIndexGroups.SatisfactionRatings, inPeriod.Count(r => r.Stars >= o.IndexSatisfiedStars), inPeriod.Count),
                    (ServiceIndexGroups.SatisfactionFeedbackOnTime, answeredIn.Count(x => x.OnTime), answeredIn.Count),
                ]),
            ];
        }

        static (double? Score, double MeasuredMax) Total(List<IndexGroupScore> groups)
        {
            var measured = groups.Where(g => g.Measured).ToList();
            return measured.Count == 0 ? (null, 0) : (Math.Round(measured.Sum(g => g.Score!.Value), 2), measured.Sum(g => g.Max));
        }

        var months = new List<ServiceIndexMonth>();
        for (var m = new DateOnly(start.Year, start.Month, 1); m <= end; m = m.AddMonths(1))
        {
            var a = m < start ? start : m;
            var last = m.AddMonths(1).AddDays(-1);
            var groups = Groups(a, last > end ? end : last);
            var (score, measuredMax) = Total(groups);
            months.Add(new ServiceIndexMonth($"{m:yyyy-MM}", score, measuredMax, groups));
        }

        var whole = Groups(start, end);
        var (total, max) = Total(whole);
        var fullMax = o.IndexPublicityMax + o.IndexProgressMax + o.IndexDigitisationMax + o.IndexOnlineMax + o.IndexSatisfactionMax;
        return new ServiceIndexDto(unit.Id, unit.Name, start, end, total, max, fullMax, whole, months);
    }
}
