using KyCuong.Web.Modules.Evaluation.SetTaskProduct;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages;

/// <summary>
/// The task page's "Loại sản phẩm" form posts here (the Tasks module does not change): the same handler as the API, then back to the
/// task. A refusal is shown on the task page; a caller who is not the assigning side gets 404 like the API.
/// </summary>
internal sealed class TaskProductModel(SetTaskProductHandler handler) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(Guid taskId, Guid? productId, CancellationToken ct)
    {
        try
        {
            _ = productId is null ? await handler.ClearAsync(taskId, ct) : await handler.HandleAsync(taskId, new SetTaskProductRequest(productId), ct);
            TempData["Message"] = "Đã lưu loại sản phẩm của nhiệm vụ.";
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (DomainException e)
        {
            TempData["EvaluationProductError"] = e.Message;
        }
        catch (RequestValidationException e)
        {
            TempData["EvaluationProductError"] = e.Errors.SelectMany(x => x.Value).FirstOrDefault();
        }

        return Redirect($"/Tasks/Details/{taskId}");
    }
}
