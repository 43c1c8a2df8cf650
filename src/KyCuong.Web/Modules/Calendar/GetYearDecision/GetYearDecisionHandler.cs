using System.Globalization;
using KyCuong.Web.Modules.Calendar.Persistence;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Calendar.GetYearDecision;

internal sealed class GetYearDecisionHandler(AppDbContext db)
{
    /// <summary>The stored decision of <paramref name="year"/>, or null when none was entered (the statutory defaults apply).</summary>
    public async Task<YearDecisionResponse?> FindAsync(int year, CancellationToken ct)
    {
        CheckYear(year);
        var row = await db.CalendarYearDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Year == year, ct);
        return row is null ? null : YearDecisionResponse.From(row);
    }

    public async Task<YearDecisionResponse> HandleAsync(int year, CancellationToken ct) =>
        await FindAsync(year, ct) ?? throw new NotFoundException(string.Create(CultureInfo.InvariantCulture,
            $"Chưa có quyết định nghỉ lễ, Tết cho năm {year}; lịch dùng mặc định theo luật. / No decision entered for {year}; the statutory defaults apply."));

    public static void CheckYear(int year)
    {
        if (year < CalendarData.FirstYear || year > CalendarData.LastYear)
        {
            throw RequestValidationException.For("year", string.Create(CultureInfo.InvariantCulture,
                $"Năm phải từ {CalendarData.FirstYear} đến {CalendarData.LastYear}. / year must be between {CalendarData.FirstYear} and {CalendarData.LastYear}."));
        }
    }
}
