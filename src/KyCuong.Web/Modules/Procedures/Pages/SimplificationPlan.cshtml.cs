using KyCuong.Web.Modules.Procedures.GetSimplificationPlan;
using KyCuong.Web.Modules.Procedures.SaveSimplificationPlan;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Procedures.Pages;

/// <summary>A simplification plan: read by the body's staff, its items added and marked done by those who keep its procedures (the API's handlers).</summary>
internal sealed class SimplificationPlanModel(GetSimplificationPlanHandler get, SaveSimplificationPlanHandler save) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? ProcedureCode { get; set; }
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public long? BaselineCost { get; set; }
    [BindProperty] public long? TargetCost { get; set; }
    [BindProperty] public Guid? ItemId { get; set; }
    [BindProperty] public string? Status { get; set; }

    public SimplificationPlanDetails? Plan { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Plan = await get.HandleAsync(Id, ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) => RunAsync(() => save.AddItemAsync(Id, new SimplificationItemRequest(ProcedureCode, Action, BaselineCost, TargetCost), ct),
        "Đã thêm thủ tục vào kế hoạch.", ct);

    public Task<IActionResult> OnPostMarkAsync(CancellationToken ct) => RunAsync(() => save.UpdateItemAsync(Id, ItemId ?? Guid.Empty, new SimplificationItemUpdate(Status, null), ct),
        Status == Domain.SimplificationStatus.Done ? "Đã ghi nhận thủ tục đã thực hiện." : "Đã chuyển thủ tục về kế hoạch.", ct);

    private async Task<IActionResult> RunAsync(Func<Task<SimplificationPlanDetails>> act, string done, CancellationToken ct)
    {
        try
        {
            await act();
            TempData["Message"] = done;
            return Redirect($"/Procedures/SimplificationPlan/{Id}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (RequestValidationException e)
        {
            Error = "Chưa lưu được: " + string.Join(" ", e.Errors.Values.SelectMany(m => m).Select(m => m.Split(" / ")[0]).Distinct());
        }
        catch (Exception e) when (e is DomainException or ForbiddenException)
        {
            Error = e.Message.Split(" / ")[0];
        }

        Plan = await get.HandleAsync(Id, ct);
        return Page();
    }
}
