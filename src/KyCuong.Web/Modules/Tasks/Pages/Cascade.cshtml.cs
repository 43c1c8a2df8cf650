using KyCuong.Web.Modules.Tasks.Cascade;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Tasks.Pages;

/// <summary>docs/domain.md §6 (cascade): per clause and subordinate unit, who issued an implementing document, reported, or did nothing.</summary>
internal sealed class CascadeModel(CascadeHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SourceDocumentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TaskId { get; set; }

    public CascadeResponse? Result { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (SourceDocumentId is null && TaskId is null)
        {
            return;
        }

        try
        {
            Result = await handler.HandleAsync(SourceDocumentId, TaskId, ct);
        }
        catch (NotFoundException)
        {
            Error = "Không tìm thấy nhiệm vụ, hoặc nhiệm vụ không thuộc phạm vi đơn vị của bạn.";
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        catch (RequestValidationException)
        {
            Error = "Chỉ nêu văn bản chỉ đạo hoặc nhiệm vụ, không cả hai.";
        }
    }
}
