using KyCuong.Documents.Formatting;
using KyCuong.Web.Modules.Drafts.CreateDraft;
using KyCuong.Web.Modules.Drafts.Domain;
using KyCuong.Web.Modules.Drafts.ExportDraft;
using KyCuong.Web.Modules.Drafts.IssueDraft;
using KyCuong.Web.Modules.Drafts.PreviewDraft;
using KyCuong.Web.Modules.Drafts.SaveDraft;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Printing;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Drafts.Pages;

/// <summary>
/// The draft editor (docs/domain.md "Drafts"): the form beside the preview of the NĐ 30/2020 layout, the format check's findings,
/// issue for a leader of the unit, the live preview of what is typed (<see cref="OnPostPreviewAsync"/>), and the DOCX/PDF downloads — the same handlers as /api/v1/drafts, so the same access and rules.
/// </summary>
internal sealed class EditModel(
    DraftAccess access, DraftRenderer renderer, CreateDraftHandler create, SaveDraftHandler save, IssueDraftHandler issue, ExportDraftHandler export,
    PreviewDraftHandler preview, UnitChoices unitChoices, IUnitDirectory units) : PageModel
{
    internal sealed class InputModel
    {
        public Guid? UnitId { get; set; }

        public string? Type { get; set; } = "congVan";

        public string? Subject { get; set; }

        public string? Body { get; set; }

        /// <summary>One addressee a line.</summary>
        public string? Recipients { get; set; }

        public string? Signer { get; set; }

        public string? SignerPosition { get; set; }

        public string? SigningForm { get; set; } = "";

        public string? SigningAuthority { get; set; }

        public int Version { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Draft? Draft { get; private set; }

    public DraftLayout? Layout { get; private set; }

    public IReadOnlyList<FormatFinding>? Findings { get; private set; }

    public List<SelectListItem> UnitOptions { get; private set; } = [];

    public string? UnitName { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanIssue { get; private set; }

    public string? Invalid(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    public async Task<IActionResult> OnGetAsync(Guid? id, bool check, CancellationToken ct)
    {
        if (id is null)
        {
            await LoadChoicesAsync(ct);
            Input.UnitId = UnitOptions.Select(o => (Guid?)Guid.Parse(o.Value)).FirstOrDefault();
            return Page();
        }

        if (!await LoadAsync(id.Value, ct))
        {
            return NotFound();
        }

        Fill(Draft!);
        if (check)
        {
            Findings = await renderer.CheckAsync(Draft!, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken ct) => await SaveThenAsync(id, check: false, ct);

    /// <summary>Saves what is in the form, then shows the format check of the saved draft.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid? id, CancellationToken ct) => await SaveThenAsync(id, check: true, ct);

    public async Task<IActionResult> OnPostIssueAsync(Guid id, CancellationToken ct)
    {
        DraftResponse? issued = null;
        var ok = await PageActions.TryAsync(ModelState, async () => issued = await issue.HandleAsync(id, new IssueDraftRequest(Input.Version), ct));
        if (ok)
        {
            TempData["Message"] = $"Đã ban hành văn bản số {issued!.NumberSymbol} ngày {issued.IssuedOn:dd/MM/yyyy}; văn bản đã vào sổ văn bản đi.";
            return Redirect($"/Drafts/Edit/{id}");
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Fill(Draft!);
        Findings = await renderer.CheckAsync(Draft!, ct);
        return Page();
    }

    /// <summary>
    /// The preview of the form as it stands, unsaved (the partial the page shows; js/drafts/preview.js posts here after each change):
    /// the fields still to fix are listed instead; a draft or unit the caller may not draft in is 404.
    /// </summary>
    public async Task<IActionResult> OnPostPreviewAsync(Guid? id, CancellationToken ct)
    {
        try
        {
            var layout = await preview.HandleAsync(id, Input.UnitId, Content(), ct);
            return Partial(PreviewPartial, new DraftPreviewModel(layout, null));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (RequestValidationException e)
        {
            return Partial(PreviewPartial, new DraftPreviewModel(null, e.Errors));
        }
    }

    public Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct) =>
        DocumentExport.ToPageResultAsync(this, () => export.HandleAsync(id, format, ct), $"/Drafts/Edit/{id}");

    private const string PreviewPartial = "/Modules/Drafts/Pages/Shared/_DraftPreview.cshtml";

    private string[] RecipientLines() =>
        (Input.Recipients ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private DraftContent Content() => new(Input.Type, Input.Subject, Input.Body, RecipientLines(), Input.Signer, Input.SignerPosition, Input.SigningForm,
        Input.SigningAuthority);

    private async Task<IActionResult> SaveThenAsync(Guid? id, bool check, CancellationToken ct)
    {
        var recipients = RecipientLines();
        DraftResponse? saved = null;
        var ok = await PageActions.TryAsync(ModelState, async () => saved = id is { } existing
            ? await save.HandleAsync(existing, new SaveDraftRequest(Input.Version, Input.Type, Input.Subject, Input.Body, recipients, Input.Signer,
                Input.SignerPosition, Input.SigningForm, Input.SigningAuthority), ct)
            : await create.HandleAsync(new CreateDraftRequest(Input.UnitId, Input.Type, Input.Subject, Input.Body, recipients, Input.Signer,
                Input.SignerPosition, Input.SigningForm, Input.SigningAuthority), ct));
        if (ok)
        {
            TempData["Message"] = check ? "Đã lưu dự thảo và kiểm tra thể thức." : "Đã lưu dự thảo.";
            return Redirect($"/Drafts/Edit/{saved!.Id}" + (check ? "?check=true" : ""));
        }

        if (id is { } draftId)
        {
            if (!await LoadAsync(draftId, ct))
            {
                return NotFound();
            }
        }
        else
        {
            await LoadChoicesAsync(ct);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Draft = await access.LoadAsync(id, tracking: false, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Layout = await renderer.LayoutAsync(Draft, ct);
        CanEdit = !Draft.IsIssued && await access.CanEditAsync(Draft, ct);
        CanIssue = !Draft.IsIssued && await access.CanIssueAsync(Draft, ct);
        UnitName = (await units.FindAsync(Draft.UnitId, ct))?.Name;
        return true;
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        UnitOptions = await unitChoices.InScopeAsync(Permission.HandleWork, ct);
        CanEdit = UnitOptions.Count > 0;
    }

    private void Fill(Draft d)
    {
        Input = new InputModel
        {
            UnitId = d.UnitId, Type = d.Type, Subject = d.Subject, Body = d.Body, Recipients = d.Recipients, Signer = d.Signer,
            SignerPosition = d.SignerPosition, SigningForm = d.SigningForm, SigningAuthority = d.SigningAuthority, Version = d.Version,
        };
    }
}

/// <summary>What the preview partial shows: the layout, or the fields to fix before it can be laid out.</summary>
internal sealed record DraftPreviewModel(DraftLayout? Layout, IReadOnlyDictionary<string, string[]>? Errors);
