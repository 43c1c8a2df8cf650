using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.OneStop.Pages;

/// <summary>
/// The choice the one-stop figure pages (Summary, Breakdown, ServiceIndex) share: the units the caller sees work of, the unit shown
/// (the one asked for, else the widest the caller sees: the one whose parent is outside the list) and the period (to: today by default;
/// from: 1 January of to's year). <see cref="UnitId"/> is null when the caller sees no unit.
/// </summary>
internal sealed record UnitAndPeriod(IReadOnlyList<UnitDto> Units, Guid? UnitId, DateOnly From, DateOnly To)
{
    public static async Task<UnitAndPeriod> ChooseAsync(IAccessControl access, IUnitDirectory units, TimeProvider clock, Guid? unitId, DateOnly? from, DateOnly? to,
        CancellationToken ct)
    {
        var list = await PageSupport.UnitsWhereAsync(access, units, [Permission.ViewWork], ct);
        var end = to ?? clock.Today();
        var start = from ?? new DateOnly(end.Year, 1, 1);
        if (list.Count == 0)
        {
            return new UnitAndPeriod(list, null, start, end);
        }

        var ids = list.Select(u => u.Id).ToHashSet();
        var chosen = unitId ?? (list.FirstOrDefault(u => u.ParentId is null) ?? list.FirstOrDefault(u => u.ParentId is { } p && !ids.Contains(p)) ?? list[0]).Id;
        return new UnitAndPeriod(list, chosen, start, end);
    }

    /// <summary>Runs the page's handler; a refusal (400, 404) becomes the page's one Vietnamese sentence instead of an error page.</summary>
    public static async Task<(T? Result, string? Error)> RunAsync<T>(Func<Task<T>> handle)
        where T : class
    {
        try
        {
            return (await handle(), null);
        }
        catch (Exception e) when (e is RequestValidationException or NotFoundException)
        {
            return (null, PageSupport.ErrorOf(e));
        }
    }
}
