using KyCuong.Web.Modules.Evaluation.Catalogue;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages;

/// <summary>
/// "Danh mục sản phẩm quy đổi" (Nghị định 335/2025 conversion; docs/domain.md "Evaluation"): a body's products per job position in
/// groups N1–N5. Everyone in the body reads it; the personnel office adds and retires products, through the same handler as the API.
/// Without a unit named, the caller's first unit as personnel office, else their own.
/// </summary>
internal sealed class CatalogueModel(CatalogueHandler handler, EvaluationAccess access, IUnitDirectory units, ICurrentPerson me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public CatalogueProductRequest Input { get; set; } = new(null, null, null, "N1", null, null);

    public CatalogueDto? Result { get; private set; }

    public string UnitName { get; private set; } = "";

    public bool CanEdit { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> UnitChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (UnitId is not { } unitId)
        {
            return NotFound();
        }

        var request = Input with { UnitId = unitId };
        if (await PageActions.TryAsync(ModelState, () => handler.CreateAsync(request, ct)))
        {
            TempData["Message"] = "Đã thêm sản phẩm vào danh mục.";
            return RedirectToPage(new { unitId });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid productId, bool active, CancellationToken ct)
    {
        if (!await LoadAsync(ct, includeRetired: true) || Result!.Products.FirstOrDefault(p => p.Id == productId) is not { } p)
        {
            return NotFound();
        }

        if (await PageActions.TryAsync(ModelState, () => handler.UpdateAsync(productId,
                new CatalogueProductRequest(null, p.JobPosition, p.Name, p.Group, p.Points, active), ct), prefix: ""))
        {
            TempData["Message"] = active ? "Đã áp dụng lại sản phẩm." : "Đã ngừng áp dụng sản phẩm; nhiệm vụ đã chọn sản phẩm này vẫn giữ nguyên hệ số.";
            return RedirectToPage(new { unitId = UnitId });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct, bool includeRetired = true)
    {
        var grants = (await me.GetAsync(ct)).Grants;
        var choices = new List<(Guid, string)>();
        foreach (var g in grants.OrderByDescending(g => g.Roles.Contains("monitor")))
        {
            if (!choices.Any(c => c.Item1 == g.UnitId))
            {
                choices.Add((g.UnitId, g.UnitName));
            }
        }

        UnitChoices = choices;
        UnitId ??= choices.Count > 0 ? choices[0].Item1 : null;
        if (UnitId is not { } unitId)
        {
            return false;
        }

        try
        {
            Result = await handler.ListAsync(unitId, null, includeRetired, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        CanEdit = await access.IsPersonnelOfficeOfUnitAsync(unitId, ct);
        UnitName = (await units.FindAsync(unitId, ct))?.Name ?? "";
        if (!UnitChoices.Any(c => c.Id == unitId))
        {
            UnitChoices = [(unitId, UnitName), .. UnitChoices];
        }

        return true;
    }

    public static string Num(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
