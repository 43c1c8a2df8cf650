using KyCuong.Web.Modules.Documents.Acknowledgements;
using KyCuong.Web.Modules.Documents.GetDocument;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Documents.Pages;

/// <summary>
/// "Tình hình quán triệt": per recipient unit the caller may follow, how many officials must acknowledge, how many did, who is missing;
/// and the reminder to those missing (docs/domain.md "Acknowledgement of directives"). Anyone else gets 404, as the API answers.
/// </summary>
internal sealed class AcknowledgementsModel(GetDocumentHandler get, AcknowledgementService service, IUnitDirectory units) : PageModel
{
    public sealed record UnitRow(Guid UnitId, string Name, AcknowledgementCoverage Coverage);

    public DocumentDetails Details { get; private set; } = null!;

    public List<UnitRow> Rows { get; private set; } = [];

    public UnitRow? Selected { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRemindAsync(Guid id, CancellationToken ct)
    {
        var sent = 0;
        if (await PageActions.TryAsync(ModelState, async () => sent = await service.RemindMissingAsync(id, UnitId, ct), ""))
        {
            TempData["Message"] = sent == 0
                ? "Không có ai cần nhắc thêm hôm nay (mỗi người được nhắc tối đa một lần một ngày)."
                : $"Đã gửi nhắc nhở đến {sent} cán bộ, công chức chưa quán triệt.";
            return Redirect($"/Documents/Acknowledgements/{id}" + (UnitId is { } u ? $"?unitId={u}" : ""));
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Details = await get.HandleAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        var state = await service.StateAsync(id, Details.Direction?.FocalUnitId, ct);
        if (!state.MaySeeCoverage)
        {
            return false;
        }

        var names = await units.FindManyAsync(state.RecipientUnitIds, ct);
        foreach (var unitId in state.RecipientUnitIds)
        {
            try
            {
                var coverage = await service.CoverageAsync(id, unitId, ct);
                Rows.Add(new UnitRow(unitId, names.TryGetValue(unitId, out var u) ? u.Name : unitId.ToString(), coverage));
            }
            catch (NotFoundException)
            {
                // A recipient unit the caller does not follow: not shown.
            }
        }

        Selected = Rows.FirstOrDefault(r => r.UnitId == UnitId) ?? (Rows.Count == 1 ? Rows[0] : null);
        return Rows.Count > 0;
    }
}
