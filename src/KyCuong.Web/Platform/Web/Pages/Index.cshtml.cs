using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Platform.Web.Pages;

internal sealed class IndexModel(ICurrentPerson me, TimeProvider clock) : PageModel
{
    public MeResponse Me { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = await me.GetAsync(ct);
        Today = clock.Today();
    }
}
