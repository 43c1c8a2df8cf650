using KyCuong.Web.Modules.Documents.GetDocument;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Documents.Pages;

/// <summary>
/// The printable document record (phiếu xử lý văn bản) in the Nghị định 30/2020 layout: the registration (arts. 20–21), the
/// presentation to the leader (art. 22), the leader's direction and the tasks it created (arts. 23–24). Same read access as the
/// document page (GetDocumentHandler).
/// </summary>
internal sealed class PrintModel(GetDocumentHandler get, IUnitDirectory units, TimeProvider clock) : PageModel
{
    public DocumentDetails Details { get; private set; } = null!;

    public PrintHeading Heading { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Details = await get.HandleAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        var s = Details.Summary;
        var title = s.Direction switch
        {
            "incoming" => "Phiếu xử lý văn bản đến",
            "outgoing" => "Phiếu theo dõi văn bản đi",
            _ => "Phiếu theo dõi văn bản",
        };
        Heading = await PrintHeading.ForUnitAsync(units, s.RegisteringUnitId, Details.RegisteringUnitName ?? "", clock.Today(), title, $"{s.Type} {s.NumberSymbol} – {s.Subject}".Trim(), ct);
        return Page();
    }
}
