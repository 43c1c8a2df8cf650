using KyCuong.Calendar;
using KyCuong.Web.Modules.Calendar.AddHolidayRule;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Calendar.GetYearDecision;
using KyCuong.Web.Modules.Calendar.ListCalendarHistory;
using KyCuong.Web.Modules.Calendar.ListHolidayRules;
using KyCuong.Web.Modules.Calendar.RecomputeDeadlines;
using KyCuong.Web.Modules.Calendar.SetYearDecision;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web.Pages.Shared;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Calendar.Pages;

/// <summary>Administrators: a year's decision, added holiday rules, and the explicit re-computation of open deadlines (same handlers as the API).</summary>
internal sealed class AdminModel(
    GetYearDecisionHandler getDecision,
    SetYearDecisionHandler setDecision,
    ListHolidayRulesHandler listRules,
    AddHolidayRuleHandler addRule,
    RecomputeDeadlinesHandler recompute,
    ICalendarService calendar,
    IAccessControl access,
    ListCalendarHistoryHandler history,
    TimeProvider clock) : PageModel
{
    public const int TetSlots = 9;
    public const int RowSlots = 4;

    public sealed class SwapRow
    {
        public string? DayOff { get; set; }

        public string? DayWorked { get; set; }

        public string? Note { get; set; }
    }

    public sealed class HolidayRow
    {
        public string? Date { get; set; }

        public string? Name { get; set; }
    }

    public sealed class DayNoteRow
    {
        public string? Date { get; set; }

        public string? Note { get; set; }
    }

    public sealed class DecisionInput
    {
        public string? Source { get; set; }

        public string? Reason { get; set; }

        public List<string?> TetDaysOff { get; set; } = [];

        public string? NationalDayAdjacentDay { get; set; }

        public List<SwapRow> Swaps { get; set; } = [];

        public List<HolidayRow> ExtraHolidays { get; set; } = [];

        public List<DayNoteRow> ExtraDaysOff { get; set; } = [];

        public List<DayNoteRow> ExtraWorkingDays { get; set; } = [];

        public int? ExpectedVersion { get; set; }
    }

    public sealed class RuleInput
    {
        public string? Kind { get; set; } = "solar";

        public int? Month { get; set; }

        public int? Day { get; set; }

        public string? Name { get; set; }

        public int? FirstYear { get; set; }

        public int? LastYear { get; set; }

        public string? LegalBasis { get; set; }
    }

    public sealed class RecomputeInput
    {
        public string? Reason { get; set; }

        public int? ExpectedCalendarVersion { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    [BindProperty]
    public RuleInput Rule { get; set; } = new();

    [BindProperty]
    public RecomputeInput Recompute { get; set; } = new();

    public int SelectedYear { get; private set; }

    public YearDecisionResponse? Existing { get; private set; }

    public IReadOnlyList<HolidayRuleResponse> Rules { get; private set; } = [];

    public int CalendarVersion { get; private set; }

    public DateOnly LunarNewYear { get; private set; }

    public RecomputeResponse? Preview { get; private set; }

    public RecomputeResponse? Applied { get; private set; }

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// <summary>An apply refused (no reason, calendar changed): show the form again with the messages.</summary>
    public bool ApplyFailed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await CanManageAsync(ct))
        {
            return Forbid();
        }

        await LoadAsync(ct);
        Decision = FromExisting(Existing);
        Pad(Decision);
        Rule.FirstYear ??= SelectedYear;
        return Page();
    }

    public async Task<IActionResult> OnPostDecisionAsync(CancellationToken ct)
    {
        if (!await CanManageAsync(ct))
        {
            return Forbid();
        }

        int year = Year ?? clock.Today().Year;
        // The form's dates are typed day first (Platform/Web/Dates); the decision itself is validated and stored ISO, as the API sends it.
        var request = new SetYearDecisionRequest(Decision.Source, Decision.Reason, Decision.TetDaysOff.Select(IsoOf).ToList(),
            Decision.NationalDayAdjacentDay,
            Decision.Swaps.Select(s => new SwapInput(IsoOf(s.DayOff), IsoOf(s.DayWorked), s.Note)).ToList(),
            Decision.ExtraHolidays.Select(h => new HolidayInput(IsoOf(h.Date), h.Name)).ToList(),
            Decision.ExtraDaysOff.Select(d => new DayNoteInput(IsoOf(d.Date), d.Note)).ToList(),
            Decision.ExtraWorkingDays.Select(d => new DayNoteInput(IsoOf(d.Date), d.Note)).ToList(),
            Decision.ExpectedVersion);
        if (await PageActions.TryAsync(ModelState, () => setDecision.HandleAsync(year, request, ct), "Decision"))
        {
            TempData["Message"] = $"Đã lưu quyết định nghỉ lễ, Tết năm {year}. Các hạn đã giao giữ nguyên; dùng \"Tính lại thời hạn\" nếu cần.";
            return Redirect($"/Calendar/Admin?year={year}");
        }

        await LoadAsync(ct);
        Pad(Decision);
        return Page();
    }

    public async Task<IActionResult> OnPostRuleAsync(CancellationToken ct)
    {
        if (!await CanManageAsync(ct))
        {
            return Forbid();
        }

        var request = new AddHolidayRuleRequest(Rule.Kind, Rule.Month, Rule.Day, Rule.Name, Rule.FirstYear, Rule.LastYear, Rule.LegalBasis);
        if (await PageActions.TryAsync(ModelState, () => addRule.HandleAsync(request, ct), "Rule"))
        {
            TempData["Message"] = $"Đã thêm ngày lễ \"{Rule.Name}\". Các hạn đã giao giữ nguyên; dùng \"Tính lại thời hạn\" nếu cần.";
            return Redirect($"/Calendar/Admin?year={Year}");
        }

        await LoadAsync(ct);
        Decision = FromExisting(Existing);
        Pad(Decision);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await CanManageAsync(ct))
        {
            return Forbid();
        }

        Preview = await recompute.PreviewAsync(ct);
        Recompute.ExpectedCalendarVersion = Preview.CalendarVersion;
        ModelState.Clear();
        await LoadAsync(ct);
        Decision = FromExisting(Existing);
        Pad(Decision);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (!await CanManageAsync(ct))
        {
            return Forbid();
        }

        ApplyFailed = !await PageActions.TryAsync(ModelState, async () => Applied = await recompute.ApplyAsync(new RecomputeRequest(Recompute.Reason, Recompute.ExpectedCalendarVersion), ct), "Recompute");
        await LoadAsync(ct);
        Decision = FromExisting(Existing);
        Pad(Decision);
        return Page();
    }

    private Task<bool> CanManageAsync(CancellationToken ct) => access.HasAnywhereAsync(Permission.ManageCalendar, ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        var snapshot = await calendar.GetAsync(ct);
        int first = snapshot.Calendar.FirstDate.Year, last = snapshot.Calendar.LastDate.Year;
        SelectedYear = Year is { } y && y >= first && y <= last ? y : clock.Today().Year;
        Year = SelectedYear;
        CalendarVersion = snapshot.Version;
        LunarNewYear = VietnameseLunarCalendar.NewYear(SelectedYear);
        Existing = await getDecision.FindAsync(SelectedYear, ct);
        Rules = await listRules.HandleAsync(ct);
        History = await history.HandleAsync(15, ct);
    }

    private static DecisionInput FromExisting(YearDecisionResponse? d) => d is null ? new DecisionInput() : new DecisionInput
    {
        Source = d.Source,
        TetDaysOff = d.TetDaysOff.Select(x => (string?)Iso(x)).ToList(),
        NationalDayAdjacentDay = d.NationalDayAdjacentDay is { } n ? Iso(n) : null,
        Swaps = d.Swaps.Select(s => new SwapRow { DayOff = Iso(s.DayOff), DayWorked = Iso(s.DayWorked), Note = s.Note }).ToList(),
        ExtraHolidays = d.ExtraHolidays.Select(h => new HolidayRow { Date = Iso(h.Date), Name = h.Name }).ToList(),
        ExtraDaysOff = d.ExtraDaysOff.Select(x => new DayNoteRow { Date = Iso(x.Date), Note = x.Note }).ToList(),
        ExtraWorkingDays = d.ExtraWorkingDays.Select(x => new DayNoteRow { Date = Iso(x.Date), Note = x.Note }).ToList(),
        ExpectedVersion = d.Version,
    };

    /// <summary>Empty rows to fill in: the form works without JavaScript.</summary>
    private static void Pad(DecisionInput d)
    {
        while (d.TetDaysOff.Count < TetSlots)
        {
            d.TetDaysOff.Add(null);
        }

        PadRows(d.Swaps);
        PadRows(d.ExtraHolidays);
        PadRows(d.ExtraDaysOff);
        PadRows(d.ExtraWorkingDays);
    }

    private static void PadRows<T>(List<T> rows) where T : new()
    {
        int target = Math.Max(RowSlots, rows.Count + 1);
        while (rows.Count < target)
        {
            rows.Add(new T());
        }
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Show(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date typed day first (or ISO) as ISO; anything else unchanged, for the validator to name.</summary>
    private static string? IsoOf(string? typed) =>
        !string.IsNullOrWhiteSpace(typed) && Platform.Web.Dates.VietnamDates.TryParse(typed, out var d) is null
            ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : typed;
}
