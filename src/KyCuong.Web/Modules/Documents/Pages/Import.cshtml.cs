using System.Text;
using System.Text.Json;
using KyCuong.Documents;
using KyCuong.Documents.Packages;
using KyCuong.Web.Modules.Documents;
using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Documents.ImportDocument;
using KyCuong.Web.Modules.Documents.MatchUnits;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web.Pages.Shared;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents.Pages;

/// <summary>
/// "Nhập văn bản": paste or upload → the extraction beside the text (each field traceable to its span) →
/// correct every field, match named units to the directory → register and create the tasks in one transaction.
/// </summary>
internal sealed class ImportModel(
    ImportDocumentHandler import, UnitMatching matching, UnitCatalog catalog, IAccessControl access, IAssignableUnits assignable, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<DirectionOptions> directionOptions, IOcrEngine ocr) : PageModel
{
    public const long MaxUpload = 20 * 1024 * 1024;

    [BindProperty]
    public DocumentForm Input { get; set; } = new();

    [BindProperty]
    public DirectionForm Direction { get; set; } = new();

    [BindProperty]
    public string? PastedText { get; set; }

    /// <summary>Pages recognised when the text came from a scan (OCR); 0 otherwise. Kept through "Bóc tách lại" and saving.</summary>
    [BindProperty]
    public int OcrPages { get; set; }

    /// <summary>True when the scan had more pages than were read (<c>Documents:Ocr:MaxPages</c>).</summary>
    [BindProperty]
    public bool OcrMorePages { get; set; }

    public bool Parsed { get; private set; }

    /// <summary>Field → [start, length] in <see cref="DocumentForm.Text"/> for the highlighter (wwwroot/js/documents/import.js).</summary>
    public string SourcesJson { get; private set; } = "{}";

    public List<SelectListItem> RegisteringUnits { get; private set; } = [];

    public List<SelectListItem> Units { get; private set; } = [];

    public List<SelectListItem> CoordinatingUnits { get; private set; } = [];

    private AssignableUnitSet? _assignable;

    public Dictionary<string, UnitMatch> ClauseMatches { get; private set; } = new(StringComparer.Ordinal);

    public UnitMatch? IssuerMatch { get; private set; }

    public bool CanDirect { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostParseAsync(IFormFile? file, CancellationToken ct)
    {
        string? text = PastedText;
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxUpload)
            {
                ModelState.AddModelError(string.Empty, "Tệp lớn hơn 20 MB.");
                return await LoadAsync(ct) ? Page() : Forbid();
            }

            var read = await Platform.Uploads.UploadReader.ReadTextAsync(file, ocr, ct);
            if (!read.Success)
            {
                ModelState.AddModelError(string.Empty, read.Error ?? "Không đọc được tệp.");
                return await LoadAsync(ct) ? Page() : Forbid();
            }

            text = read.Text;
            OcrPages = read.Ocr ? read.PagesRead : 0;
            OcrMorePages = read.Ocr && read.MorePages;
        }

        return await ExtractAsync(text, ct);
    }

    /// <summary>
    /// "Bóc tách lại": the clerk corrected the recognised text of a scan beside the fields (docs/domain.md, "Scanned
    /// letters"); the fields are read again from the corrected text, which is what is registered.
    /// </summary>
    public Task<IActionResult> OnPostReparseAsync(CancellationToken ct) => ExtractAsync(Input.Text, ct);

    private async Task<IActionResult> ExtractAsync(string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(string.Empty, "Hãy dán nội dung văn bản hoặc chọn tệp .txt, .docx, .pdf hoặc ảnh quét.");
            return await LoadAsync(ct) ? Page() : Forbid();
        }

        // Offsets of the extraction point into the NFC text (KyCuong.Documents.TextSpan).
        text = text.Normalize(NormalizationForm.FormC).TrimStart('\r', '\n');
        var x = DocumentExtractor.Extract(text);
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }

        var today = clock.Today();
        Input = new DocumentForm
        {
            Direction = "incoming", Issuer = x.Issuer, NumberSymbol = x.NumberSymbol ?? x.Symbol, Date = x.Date, Type = x.Type, Place = x.Place,
            Subject = x.Subject, Urgency = x.Urgency, Secrecy = x.Secrecy, Signer = x.Signer, SigningForm = x.SigningForm,
            Recipients = string.Join('\n', x.Recipients), Distribution = string.Join('\n', x.Distribution), ReceivedOn = today, Text = text,
            RegisteringUnitId = RegisteringUnits.Count > 0 ? Guid.Parse(RegisteringUnits[0].Value) : null,
            Note = x.NumberSymbol is null && x.Symbol is not null ? "Văn bản in không có số." : null,
        };

        // Match the issuer, then each clause's named lead (or first addressee) within the issuer's subtree.
        IssuerMatch = x.Issuer is null ? null : (await matching.MatchAsync([x.Issuer], null, x.Date, ct))[0];
        Guid? issuerUnit = IssuerMatch is { Sure: true, Best: { } b } ? b.Id : null;
        if (issuerUnit is { } iu && await catalog.FindAsync(iu, ct) is { } row && UnitNameMatcher.Fold(row.Name) == UnitNameMatcher.Fold(x.Issuer))
        {
            Input.IssuerUnitId = iu;
        }

        var clauses = new List<ClauseForm>();
        foreach (var t in x.Tasks)
        {
            var named = t.Lead ?? (t.AssigneeUnits.Count > 0 ? t.AssigneeUnits[0] : null);
            var match = named is null ? null : (await matching.MatchAsync([named], issuerUnit, today, ct, _assignable!.CanLead))[0];
            if (match is not null)
            {
                ClauseMatches[t.Ref] = match;
            }

            clauses.Add(new ClauseForm
            {
                Ref = t.Ref, Named = named, Text = t.Text, LeadUnitId = match is { Sure: true, Best: { } best } ? best.Id : null,
                SourceStart = t.Source?.Start ?? 0, SourceLength = t.Source?.Length ?? 0,
            });
        }

        // docs/domain.md §5: the proposed deadline is the one setting shared with a document's page (DirectionOptions); a clause
        // that names its own deadline keeps it.
        Direction = new DirectionForm
        {
            CreateTasks = CanDirect && clauses.Count > 0, Clauses = clauses, DeadlineKind = "workingDays", WorkingDays = directionOptions.Value.DefaultWorkingDays,
        };
        var sources = x.Sources.ToDictionary(k => k.Key, k => new[] { k.Value.Start, k.Value.Length });
        foreach (var c in clauses.Where(c => c.SourceLength > 0))
        {
            sources["clause:" + c.Ref] = [c.SourceStart, c.SourceLength];
        }

        SourcesJson = JsonSerializer.Serialize(sources);
        Parsed = true;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        ImportDocumentResponse? created = null;
        if (await PageActions.TryAsync(ModelState, async () => created = await import.HandleAsync(new ImportDocumentRequest(Input.ToRequest(), Direction.ToRequest()), false, ct)))
        {
            TempData["Message"] = $"Đã nhập văn bản {created!.NumberSymbol}{(created.ArrivalNumber is { } n ? $" (số đến {n})" : "")} và giao {created.Tasks.Count} nhiệm vụ.";
            return Redirect($"/Documents/Details/{created.Id}");
        }

        if (!await LoadAsync(ct))
        {
            return Forbid();
        }

        Parsed = true;
        var x = DocumentExtractor.Extract(Input.Text);
        var sources = x.Sources.ToDictionary(k => k.Key, k => new[] { k.Value.Start, k.Value.Length });
        foreach (var c in Direction.Clauses.Where(c => c.SourceLength > 0))
        {
            sources["clause:" + c.Ref] = [c.SourceStart, c.SourceLength];
        }

        SourcesJson = JsonSerializer.Serialize(sources);
        foreach (var c in Direction.Clauses.Where(c => c.Named is not null && c.Ref is not null))
        {
            ClauseMatches[c.Ref!] = (await matching.MatchAsync([c.Named!], Input.IssuerUnitId, clock.Today(), ct, _assignable!.CanLead))[0];
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var all = (await catalog.AllAsync(ct)).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();

        // docs/domain.md §6 "Unit pickers": the units the API accepts from this person (Organisation's IAssignableUnits).
        _assignable = await assignable.ForCurrentUserAsync(ct);
        Units = _assignable.Lead.Select(u => new SelectListItem(u.Label, u.Id.ToString())).ToList();
        CoordinatingUnits = _assignable.Coordinating.Select(u => new SelectListItem(u.Label, u.Id.ToString())).ToList();
        CanDirect = await access.HasAnywhereAsync(Permission.AssignWork, ct);
        var mine = new HashSet<Guid>();
        foreach (var p in new[] { Permission.RegisterDocuments, Permission.AssignWork })
        {
            var scope = await access.ScopeAsync(p, ct);
            mine.UnionWith(scope is null ? all.Select(u => u.Id) : await scope.Take(2000).ToListAsync(ct));
        }

        RegisteringUnits = all.Where(u => mine.Contains(u.Id)).Select(u => new SelectListItem(u.Name + (u.IsInForceOn(today) ? "" : " (đã chấm dứt)"), u.Id.ToString())).ToList();
        // The top of the caller's units (their own body) comes first: it is the default register.
        var top = all.Where(u => mine.Contains(u.Id) && (u.ParentId is null || !mine.Contains(u.ParentId.Value))).Select(u => u.Id.ToString()).ToHashSet();
        RegisteringUnits = RegisteringUnits.OrderByDescending(i => top.Contains(i.Value)).ToList();
        return true;
    }
}
