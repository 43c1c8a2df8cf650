using System.Globalization;
using KyCuong.Web.Modules.Chasing.Ladder;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web.Pages.Shared;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Chasing.Pages;

/// <summary>The reminder ladder of a unit: read by who sees its work, set by who holds ManageSettings there (audited).</summary>
internal sealed class LadderModel(LadderHandler ladders, UnitChoices unitChoices, IPeopleDirectory people, ICurrentUser currentUser, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public LadderInput Input { get; set; } = new();

    public LadderDto? Ladder { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public string UnitName { get; private set; } = "";

    /// <summary>The unit choices with the shown unit selected (a separate list: the office selects take their own selection).</summary>
    public List<SelectListItem> UnitPicker { get; private set; } = [];

    public sealed class LadderInput
    {
        public string? BeforeDays { get; set; }

        public int? OverdueEveryDays { get; set; }

        public int? EscalateHeadFromStep { get; set; }

        public int? EscalateMonitorFromStep { get; set; }

        public Guid? MonitoringOfficeUnitId { get; set; }

        public Guid? PersonnelOfficeUnitId { get; set; }

        public string? SendAt { get; set; }

        public string? WorkStart { get; set; }

        public string? WorkEnd { get; set; }

        public int? TransferThreshold { get; set; }

        public int? NearDueDays { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var l = Ladder!;
        Input = new LadderInput
        {
            BeforeDays = string.Join(", ", l.BeforeDays), OverdueEveryDays = l.OverdueEveryDays, EscalateHeadFromStep = l.EscalateHeadFromStep,
            EscalateMonitorFromStep = l.EscalateMonitorFromStep, MonitoringOfficeUnitId = l.MonitoringOfficeUnitId, PersonnelOfficeUnitId = l.PersonnelOfficeUnitId,
            SendAt = l.SendAt, WorkStart = l.WorkStart, WorkEnd = l.WorkEnd, TransferThreshold = l.TransferThreshold, NearDueDays = l.NearDueDays,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var before = new List<int>();
        foreach (var part in (Input.BeforeDays ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d))
            {
                before.Add(d);
            }
            else
            {
                ModelState.AddModelError("Input.BeforeDays", "Số ngày nhắc trước hạn phải là các số, cách nhau bởi dấu phẩy.");
            }
        }

        if (ModelState.ErrorCount == 0 && UnitId is { } unit && await PageActions.TryAsync(ModelState, () => ladders.PutAsync(unit, new LadderRequest(before, Input.OverdueEveryDays,
                Input.EscalateHeadFromStep, Input.EscalateMonitorFromStep, Input.MonitoringOfficeUnitId, Input.PersonnelOfficeUnitId, Input.SendAt, Input.WorkStart, Input.WorkEnd,
                Input.TransferThreshold, Input.NearDueDays), ct)))
        {
            TempData["Message"] = "Đã lưu thang nhắc việc.";
            return RedirectToPage(new { unitId = UnitId });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Units = await unitChoices.InScopeAsync(Permission.ViewWork, ct);
        if (UnitId is null && currentUser.UserId is { } me)
        {
            var mine = await people.UnitsOfAsync(me, clock.Today(), ct);
            UnitId = mine.Count > 0 ? mine[0] : null;
        }

        if (UnitId is null && Units.Count > 0)
        {
            UnitId = Guid.Parse(Units[0].Value);
        }

        if (UnitId is not { } unit)
        {
            return false;
        }

        // The choices' values come from the database (upper-case text on SQLite): compare them as ids.
        UnitPicker = Units.Select(u => new SelectListItem(u.Text, u.Value, Guid.TryParse(u.Value, out var id) && id == unit)).ToList();
        UnitName = UnitPicker.FirstOrDefault(u => u.Selected)?.Text ?? "";

        try
        {
            Ladder = await ladders.GetAsync(unit, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
