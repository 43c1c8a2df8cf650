using KyCuong.Web.Modules.Consultations;
using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations.Pages;

/// <summary>The printable draft of a notice or report, laid out as Nghị định 30/2020/NĐ-CP prescribes (unnumbered until registration).</summary>
public sealed class NoticeModel(AppDbContext db, ConsultationAccess consultations) : PageModel
{
    public ConsultationNotice N { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var n = await db.ConsultationNotices.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null)
        {
            return NotFound();
        }

        try
        {
            await consultations.LoadAsync(n.ConsultationId, ct, tracking: false);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        N = n;
        return Page();
    }
}
