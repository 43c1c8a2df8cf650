using KyCuong.Web.Modules.Organisation.GetMe;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Platform.Web.Pages;

public sealed class IndexModel(GetMeHandler me, TimeProvider clock) : PageModel
{
    public MeResponse Me { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = await me.HandleAsync(ct);
        Today = clock.Today();
    }
}
