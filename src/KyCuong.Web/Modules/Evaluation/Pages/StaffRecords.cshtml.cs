using KyCuong.Web.Modules.Evaluation.StaffRecords;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages;

/// <summary>
/// "Hồ sơ loại cán bộ (công chức, viên chức)" (docs/domain.md "Evaluation: viên chức", Nghị định 233/2026/NĐ-CP): the people of a unit with
/// their staff category and working dates, and the form where the personnel office records them — through the same handler and access
/// rules as <c>/api/v1/units/{id}/staff-records</c> and <c>PUT /api/v1/users/{id}/staff-record</c>. Without a unit named, the first unit
/// the caller may list.
/// </summary>
internal sealed class StaffRecordsModel(StaffRecordHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    /// <summary>The person whose record is being edited.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Edit { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public DateOnly? StartedOn { get; set; }

    [BindProperty]
    public DateOnly? LeftOn { get; set; }

    public StaffRecordListDto? Result { get; private set; }

    public IReadOnlyList<StaffRecordUnitChoice> Units { get; private set; } = [];

    /// <summary>The row being edited, when the caller may edit it.</summary>
    public StaffRecordRowDto? Editing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var named = Id is not null;
        if (!await LoadAsync(ct))
        {
            return named ? NotFound() : Page();
        }

        if (Editing is not null)
        {
            Category = Editing.Category;
            StartedOn = Editing.StartedOn;
            LeftOn = Editing.LeftOn;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Id is null || Edit is not { } userId || !await LoadAsync(ct))
        {
            return NotFound();
        }

        var request = new StaffRecordRequest(Category, StartedOn, LeftOn);
        if (await PageActions.TryAsync(ModelState, () => handler.PutAsync(userId, request, ct), prefix: ""))
        {
            TempData["Message"] = $"Đã lưu loại cán bộ và thời gian công tác của {Editing?.Name}.";
            return RedirectToPage(new { id = Id, p = PageNumber });
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Units = await handler.UnitChoicesAsync(ct);
        Id ??= Units.Count > 0 ? Units[0].Id : null;
        if (Id is not { } unitId)
        {
            return false;
        }

        try
        {
            Result = await handler.ListAsync(unitId, PageNumber ?? 1, 20, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        catch (RequestValidationException)
        {
            PageNumber = 1;
            Result = await handler.ListAsync(unitId, 1, 20, ct);
        }

        Editing = Edit is { } e ? Result.Items.FirstOrDefault(r => r.UserId == e && r.CanEdit) : null;
        return true;
    }

    public static string Show(DateOnly? d) => d is { } x ? x.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
