using KyCuong.Web.Modules.Consultations;
using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Consultations.GetNotice;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations.Pages;

/// <summary>The printable draft of a notice or report, laid out as Nghị định 30/2020/NĐ-CP prescribes (unnumbered until registration).</summary>
internal sealed class NoticeModel(GetNoticeHandler getNotice) : PageModel
{
    public ConsultationNotice N { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            N = await getNotice.HandleAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }
}
