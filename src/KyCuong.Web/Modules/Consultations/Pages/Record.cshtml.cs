using KyCuong.Web.Modules.Consultations.GetConsultation;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Consultations.Pages;

/// <summary>
/// The printable consultation record (phiếu tổng hợp ý kiến) in the Nghị định 30/2020 layout: what was asked, of whom, by when, and
/// each unit's outcome, silence past the deadline shown as deemed agreement (docs/domain.md §8). Same read access as the
/// consultation page (GetConsultationHandler).
/// </summary>
internal sealed class RecordModel(GetConsultationHandler details, IUnitDirectory units, TimeProvider clock) : PageModel
{
    public ConsultationDetails C { get; private set; } = null!;

    public PrintHeading Heading { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            C = await details.HandleAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Heading = await PrintHeading.ForUnitAsync(units, C.RequesterUnitId, C.RequesterUnitName, clock.Today(), "Phiếu tổng hợp ý kiến", C.Subject, ct);
        return Page();
    }
}
