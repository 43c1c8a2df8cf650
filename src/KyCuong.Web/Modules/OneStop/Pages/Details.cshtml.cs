using KyCuong.Web.Modules.OneStop.Apology;
using KyCuong.Web.Modules.OneStop.GetDossier;
using KyCuong.Web.Modules.OneStop.HandOff;
using KyCuong.Web.Modules.OneStop.ReturnResult;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.OneStop.Pages;

/// <summary>One dossier (/OneStop/Details/{id}): its steps, letters and the actions the caller may take (the same handlers as the API).</summary>
internal sealed class DetailsModel(
    GetDossierHandler details, HandOffHandler handOff, ReturnResultHandler result, RecordApologyHandler apology, ExportApologyHandler export,
    IUnitDirectory units) : PageModel
{
    public DossierDetails D { get; private set; } = null!;

    public IReadOnlyList<UnitDto> Units { get; private set; } = [];

    public string? Error { get; private set; }

    [BindProperty] public Guid? ToUnitId { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateOnly? NewDueDate { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetLetterAsync(Guid id, Guid letterId, CancellationToken ct)
    {
        try
        {
            var (content, name) = await export.HandleAsync(id, letterId, ct);
            return File(content, ApologyEndpoints.DocxType, name);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostHandOffAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "Đã chuyển hồ sơ sang đơn vị tiếp theo.", () => handOff.HandleAsync(id, new HandOffRequest(ToUnitId, Note, null), ct), ct);

    public Task<IActionResult> OnPostResultAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "Đã ghi nhận trả kết quả cho tổ chức, cá nhân.", () => result.HandleAsync(id, new ReturnResultRequest(null, Note), ct), ct);

    public Task<IActionResult> OnPostApologyAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "Đã lập phiếu xin lỗi và hẹn lại ngày trả kết quả.", () => apology.HandleAsync(id, new RecordApologyRequest(Reason, NewDueDate), ct), ct);

    private async Task<IActionResult> ActAsync(Guid id, string done, Func<Task> act, CancellationToken ct)
    {
        try
        {
            await act();
            TempData["Message"] = done;
            return RedirectToPage("/OneStop/Details", new { id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (e is RequestValidationException or DomainException or ForbiddenException)
        {
            Error = PageSupport.ErrorOf(e);
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            D = await details.HandleAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Units = [.. (await PageSupport.AllUnitsAsync(units, ct)).Where(u => u.Id != D.CurrentUnitId)];
        return true;
    }
}
