using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.OneStop.Pages;

/// <summary>What the one-stop pages share: a refusal as one Vietnamese sentence, the badge of a state, the units a caller may pick.</summary>
internal static class PageSupport
{
    public static string ErrorOf(Exception e) => e switch
    {
        RequestValidationException v => string.Join(" ", v.Errors.Values.SelectMany(m => m).Select(Vietnamese)),
        _ => Vietnamese(e.Message),
    };

    private static string Vietnamese(string message) => message.Split(" / ")[0];

    public static string Badge(string status) => status switch
    {
        DossierStatus.InProgressOnTime => "text-bg-primary",
        DossierStatus.InProgressOverdue => "text-bg-danger",
        DossierStatus.DoneOnTime => "text-bg-success",
        _ => "text-bg-warning",
    };

    /// <summary>Units in force where the caller holds one of the permissions, by Vietnamese name; administrators get every unit.</summary>
    public static async Task<IReadOnlyList<UnitDto>> UnitsWhereAsync(IAccessControl access, IUnitDirectory units, Permission[] permissions, CancellationToken ct)
    {
        var all = (await units.ListAsync(ct)).Where(u => u.ValidTo is null).ToList();
        var allowed = new HashSet<Guid>();
        foreach (var p in permissions)
        {
            var scope = await access.ScopeAsync(p, ct);
            if (scope is null)
            {
                allowed.UnionWith(all.Select(u => u.Id));
                break;
            }

            allowed.UnionWith(scope.ToList());
        }

        var cmp = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);
        return [.. all.Where(u => allowed.Contains(u.Id)).OrderBy(u => u.Name, cmp)];
    }

    public static async Task<IReadOnlyList<UnitDto>> AllUnitsAsync(IUnitDirectory units, CancellationToken ct)
    {
        var cmp = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);
        return [.. (await units.ListAsync(ct)).Where(u => u.ValidTo is null).OrderBy(u => u.Name, cmp)];
    }
}
