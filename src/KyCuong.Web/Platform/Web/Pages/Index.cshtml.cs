using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Work.Contracts;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Platform.Web.Pages;

/// <summary>The home page is "Việc cần xử lý": what waits for the signed-in person, read through the Work module's contract.</summary>
internal sealed class IndexModel(ICurrentPerson me, IWorkList work, TimeProvider clock) : PageModel
{
    public MeResponse Me { get; private set; } = null!;

    public MyWork Work { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = await me.GetAsync(ct);
        Work = await work.GetAsync(10, ct);
        Today = clock.Today();
    }
}
