using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.CreateRegime;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Reports.Pages;

/// <summary>A body sets a report regime for units of its subtree (the same handler as <c>POST /api/v1/report-regimes</c>).</summary>
internal sealed class CreateModel(CreateRegimeHandler handler, ICurrentPerson person, IAccessControl access, IUnitDirectory units, TimeProvider clock) : PageModel
{
    public const int SectionRows = 6;

    public sealed class SectionInput
    {
        public string? Title { get; set; }

        public string Source { get; set; } = SectionSources.Narrative;
    }

    public sealed class RegimeInput
    {
        public string? Name { get; set; }

        public string? LegalBasis { get; set; }

        public Guid? OwnerUnitId { get; set; }

        public string Periodicity { get; set; } = "halfYear";

        public int? DueWorkingDays { get; set; } = 5;

        public List<Guid> ReportingUnitIds { get; set; } = [];

        public List<string> ReportingUnitKinds { get; set; } = [];

        public List<SectionInput> Sections { get; set; } = [];
    }

    [BindProperty]
    public RegimeInput Input { get; set; } = new();

    public List<SelectListItem> Owners { get; private set; } = [];

    public List<SelectListItem> Reporting { get; private set; } = [];

    /// <summary>The kinds a body may ask to report by (docs/domain.md "Reports"): those that sit under a province or a department.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Kinds =
    [
        .. new[] { UnitKind.Department, UnitKind.Commune, UnitKind.Division, UnitKind.Office, UnitKind.PublicServiceUnit }
            .Select(k => (ReportingUnits.KindName(k), UnitKinds.Label(k))),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> Periodicities =
        [("month", "Hằng tháng"), ("quarter", "Hằng quý"), ("halfYear", "6 tháng"), ("year", "Hằng năm"), ("once", "Đột xuất")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }

        Input.Sections =
        [
            new() { Title = "Kết quả thực hiện nhiệm vụ", Source = SectionSources.TaskSummary },
            new() { Title = "Nhiệm vụ chậm, quá hạn", Source = SectionSources.OverdueTasks },
            new() { Title = "Kết quả quán triệt văn bản chỉ đạo", Source = SectionSources.AcknowledgementCoverage },
            new() { Title = "Khó khăn, vướng mắc và kiến nghị, đề xuất", Source = SectionSources.Narrative },
        ];
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }

        var sections = Input.Sections.Where(s => !string.IsNullOrWhiteSpace(s.Title)).Select(s => new RegimeSectionRequest(s.Title, s.Source)).ToList();
        var request = new CreateRegimeRequest(Input.Name, Input.Periodicity, Input.ReportingUnitIds, Input.DueWorkingDays, sections, Input.OwnerUnitId, Input.LegalBasis,
            Input.ReportingUnitKinds);
        CreatedRegime? created = null;
        if (await PageActions.TryAsync(ModelState, async () => created = await handler.HandleAsync(request, ct)))
        {
            TempData["Message"] = "Đã đặt chế độ báo cáo; các đơn vị có báo cáo dự thảo khi kỳ báo cáo bắt đầu.";
            return Redirect("/Reports");
        }

        Pad();
        return Page();
    }

    private void Pad()
    {
        while (Input.Sections.Count < SectionRows)
        {
            Input.Sections.Add(new SectionInput());
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var me = await person.GetAsync(ct);
        var owners = me.Grants.Where(g => g.Permissions.Contains("assignWork")).GroupBy(g => g.UnitId).Select(g => g.First()).ToList();
        if (owners.Count == 0)
        {
            return false;
        }

        Owners = [.. owners.Select(g => new SelectListItem(g.UnitName, g.UnitId.ToString()))];
        var scope = await access.ScopeAsync(Permission.AssignWork, ct);
        var ids = scope is null ? (await units.ListAsync(ct)).Select(u => u.Id).ToList() : await scope.Distinct().ToListAsync(ct);
        var names = await units.FindManyAsync(ids, ct);
        var today = Platform.Time.VietnamTime.Today(clock);
        Reporting = [.. names.Values.Where(u => u.ValidTo is null || u.ValidTo >= today).Where(u => !owners.Any(o => o.UnitId == u.Id))
            .OrderBy(u => u.Name, StringComparer.Create(ReportLabels.Vi, false)).Select(u => new SelectListItem(u.Name, u.Id.ToString()))];
        return true;
    }
}
