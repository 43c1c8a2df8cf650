using KyCuong.Web.Modules.Citizens.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Citizens;

/// <summary>The ratings of answers, for the service index of Quyết định 766/QĐ-TTg (docs/domain.md "Procedures: simplification plans and the 766 index").</summary>
internal sealed class FeedbackRatings(AppDbContext db) : IFeedbackRatings
{
    public async Task<IReadOnlyList<FeedbackRating>> ForBodiesAsync(IReadOnlyCollection<Guid> bodyUnitIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = VietnamTime.StartOfDay(from).UtcDateTime;
        var end = VietnamTime.StartOfDay(to.AddDays(1)).UtcDateTime;
        var rows = await db.FeedbackItems.AsNoTracking()
            .Where(f => bodyUnitIds.Contains(f.BodyUnitId) && f.Rating != null && f.RatedAtUtc >= start && f.RatedAtUtc < end)
            .Select(f => new { f.RatedAtUtc, f.Rating }).ToListAsync(ct);
        return [.. rows.Select(r => new FeedbackRating(DateOnly.FromDateTime(VietnamTime.ToVietnam(new DateTimeOffset(r.RatedAtUtc!.Value, TimeSpan.Zero)).DateTime), r.Rating!.Value))];
    }
}
