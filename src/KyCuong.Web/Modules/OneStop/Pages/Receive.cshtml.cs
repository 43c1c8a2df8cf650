using KyCuong.Web.Modules.OneStop.ReceiveDossier;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.OneStop.Pages;

/// <summary>The counter: receive a dossier (the same handler as the API); the receipt's due date is computed on the working calendar.</summary>
internal sealed class ReceiveModel(ReceiveDossierHandler handler, IAccessControl access, IUnitDirectory units, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? ProcedureCode { get; set; }
    [BindProperty] public string? ProcedureName { get; set; }
    [BindProperty] public int? TimeLimitWorkingDays { get; set; }
    [BindProperty] public DateTime? ReceivedAt { get; set; }
    [BindProperty] public Guid? ReceivingUnitId { get; set; }
    [BindProperty] public Guid? HandlingUnitId { get; set; }
    [BindProperty] public string? ApplicantName { get; set; }

    public IReadOnlyList<UnitDto> Receiving { get; private set; } = [];

    public IReadOnlyList<UnitDto> All { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        ReceivedAt = clock.NowInVietnam().DateTime;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            DateTimeOffset? at = ReceivedAt is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Offset) : null;
            var created = await handler.HandleAsync(new ReceiveDossierRequest(Code, ProcedureCode, ProcedureName, TimeLimitWorkingDays, at, ReceivingUnitId,
                HandlingUnitId, ApplicantName, "counter"), ct);
            TempData["Message"] = $"Đã tiếp nhận hồ sơ {created.Code}; hẹn trả kết quả ngày {created.DueDate:dd/MM/yyyy}.";
            return RedirectToPage("/OneStop/Details", new { id = created.Id });
        }
        catch (Exception e) when (e is RequestValidationException or DomainException or ForbiddenException)
        {
            Error = PageSupport.ErrorOf(e);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Receiving = await PageSupport.UnitsWhereAsync(access, units, [Permission.RegisterDocuments, Permission.AssignWork, Permission.HandleWork], ct);
        All = await PageSupport.AllUnitsAsync(units, ct);
    }
}
