using KyCuong.Web.Modules.Competence.ManageEntries;
using KyCuong.Web.Modules.Competence.ManageMatters;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Competence.Pages;

/// <summary>Organisation managers edit the competence catalogue (the same handlers as <c>/api/v1/competence</c>; every change audited).</summary>
internal sealed class AdminModel(ManageMattersHandler matters, ManageEntriesHandler entries, IAccessControl access, IUnitDirectory units) : PageModel
{
    public sealed class MatterInput
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? Field { get; set; }
    }

    public sealed class EntryInput
    {
        public string? MatterCode { get; set; }

        public Guid? UnitId { get; set; }

        public string? UnitKind { get; set; }

        public string? Role { get; set; }

        public string? LegalBasis { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public string? Edit { get; set; }

    [BindProperty]
    public MatterInput Matter { get; set; } = new();

    [BindProperty]
    public EntryInput Entry { get; set; } = new();

    public bool CanManage { get; private set; }

    public IReadOnlyList<MatterItem> Matters { get; private set; } = [];

    public ILookup<string, EntryItem> EntriesByMatter { get; private set; } = Array.Empty<EntryItem>().ToLookup(e => e.MatterCode);

    public List<SelectListItem> Units { get; private set; } = [];

    public static readonly (string Value, string Label)[] Kinds =
    [
        ("province", "UBND cấp tỉnh"), ("commune", "UBND cấp xã"), ("department", "Sở, ban, ngành"), ("division", "Phòng"), ("office", "Văn phòng"),
        ("ministry", "Bộ"), ("publicServiceUnit", "Đơn vị sự nghiệp"),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Edit is not null && Matters.FirstOrDefault(m => m.Code == Edit) is { } m)
        {
            Matter = new MatterInput { Code = m.Code, Name = m.Name, Field = m.Field };
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveMatterAsync(CancellationToken ct) => RunAsync(Edit is null ? "Đã thêm loại việc." : "Đã sửa loại việc.", "Matter", async () =>
    {
        if (Edit is null)
        {
            await matters.CreateAsync(new CreateMatterRequest(Matter.Code, Matter.Name, Matter.Field), ct);
        }
        else
        {
            await matters.UpdateAsync(Edit, new UpdateMatterRequest(Matter.Name, Matter.Field), ct);
        }
    }, ct);

    public Task<IActionResult> OnPostAddEntryAsync(CancellationToken ct) => RunAsync("Đã thêm mục thẩm quyền.", "Entry",
        () => entries.CreateAsync(new CreateEntryRequest(Entry.MatterCode, Entry.UnitId, Entry.UnitKind, Entry.Role, Entry.LegalBasis), ct), ct);

    public Task<IActionResult> OnPostDeleteMatterAsync(string code, CancellationToken ct) => RunAsync("Đã xóa loại việc.", "", () => matters.DeleteAsync(code, ct), ct);

    public Task<IActionResult> OnPostDeleteEntryAsync(Guid entryId, CancellationToken ct) => RunAsync("Đã xóa mục thẩm quyền.", "", () => entries.DeleteAsync(entryId, ct), ct);

    private async Task<IActionResult> RunAsync(string message, string prefix, Func<Task> action, CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, action, prefix))
        {
            TempData["Message"] = message;
            return RedirectToPage();
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanManage = await access.IsAdministratorAsync(ct) || await access.HasAnywhereAsync(Permission.ManageOrganisation, ct);
        Matters = await matters.ListAsync(ct);
        EntriesByMatter = (await entries.ListAsync(null, null, ct)).ToLookup(e => e.MatterCode);
        if (CanManage)
        {
            var order = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);
            Units = (await units.ListAsync(ct)).Where(u => u.ValidTo is null).OrderBy(u => u.Name, order)
                .Select(u => new SelectListItem(u.Name, u.Id.ToString(), u.Id == Entry.UnitId)).ToList();
        }
    }
}
