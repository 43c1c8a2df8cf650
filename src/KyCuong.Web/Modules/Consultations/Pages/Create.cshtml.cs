using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Consultations.CreateConsultation;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Uploads;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Consultations.Pages;

/// <summary>"Lấy ý kiến mới": the same handler as <c>POST /api/v1/consultations</c>, with the competence warning shown live.</summary>
internal sealed class CreateModel(
    CreateConsultationHandler handler, IUnitDirectory units, ICompetenceCatalogue competence, UnitChoices unitChoices, ICurrentPerson me, ITaskSearch taskSearch)
    : PageModel
{
    public sealed class InputModel
    {
        public string? Subject { get; set; }

        public string? Proposal { get; set; }

        public Guid? RequesterUnitId { get; set; }

        public string? MatterCode { get; set; }

        public List<Guid> ConsultedUnitIds { get; set; } = [];

        public DateOnly? DueDate { get; set; }

        public int? WorkingDays { get; set; }

        public Guid? TaskId { get; set; }

        /// <summary>Why a unit without a competence link is consulted anyway (unit id → reason).</summary>
        public Dictionary<Guid, string> Reasons { get; set; } = [];
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public List<SelectListItem> RequesterUnits { get; private set; } = [];

    public List<SelectListItem> AllUnits { get; private set; } = [];

    public List<SelectListItem> Matters { get; private set; } = [];

    public IReadOnlyList<UnacknowledgedUnit> Unacknowledged { get; private set; } = [];

    /// <summary>The related task already chosen (shown again after a refused form), else empty.</summary>
    public List<SelectListItem> ChosenTask { get; private set; } = [];

    public string? Invalid(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    public async Task OnGetAsync(Guid? taskId, CancellationToken ct)
    {
        Input.TaskId = taskId;
        await LoadAsync(ct);

        // The requesting unit is, by default, the person's own unit (the first position held, not a delegation).
        var grants = (await me.GetAsync(ct)).Grants;
        Input.RequesterUnitId = grants.Where(g => !g.ViaDelegation).Concat(grants).Select(g => (Guid?)g.UnitId)
            .FirstOrDefault(id => RequesterUnits.Any(u => u.Value == id.ToString()));
    }

    /// <summary>
    /// <c>?handler=Tasks&amp;q=…</c>: the related-task picker's search (wwwroot/js/forms.js), over the tasks the person may see,
    /// as <c>[{"value","text"}]</c>; fewer than two characters find nothing.
    /// </summary>
    public async Task<IActionResult> OnGetTasksAsync(string? q, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2)
        {
            return new JsonResult(Array.Empty<object>());
        }

        var hits = await taskSearch.SearchAsync(q, 20, ct);
        return new JsonResult(hits.Select(h => new { value = h.Id.ToString(), text = h.Label }));
    }

    /// <summary>The live warning: the chosen units without a competence link to the chosen matter.</summary>
    public async Task<IActionResult> OnGetCheckAsync(string? matterCode, [FromQuery] List<Guid> unitIds, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(matterCode) || unitIds.Count == 0 || unitIds.Count > CreateConsultationHandler.MaxConsultedUnits)
        {
            return new JsonResult(Array.Empty<object>());
        }

        var links = await competence.LinksOfAsync(unitIds, matterCode, ct);
        var missing = unitIds.Where(u => !links.ContainsKey(u)).Distinct().ToList();
        var names = await units.FindManyAsync(missing, ct);
        return new JsonResult(missing.Where(names.ContainsKey).Select(u => new { unitId = u, name = names[u].Name }));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        CreateConsultationResponse? created = null;
        var attachments = new List<AttachmentInput>();
        foreach (var f in Files.Where(f => f.Length > 0))
        {
            // Bounded before it is buffered and encoded (docs/operations.md, "Uploads"); the handler applies its own limit.
            await using var stream = f.OpenReadStream();
            var bytes = await Platform.Uploads.UploadReader.ReadBytesAsync(stream, Platform.Uploads.UploadReader.MaxAttachmentBytes, ct);
            if (bytes is null)
            {
                ModelState.AddModelError(nameof(Files), $"Tệp {f.FileName} lớn hơn 20 MB.");
                continue;
            }

            attachments.Add(new AttachmentInput(f.FileName, f.ContentType, Convert.ToBase64String(bytes)));
        }

        var acknowledgements = Input.Reasons.Where(r => !string.IsNullOrWhiteSpace(r.Value)).Select(r => new CompetenceAcknowledgement(r.Key, r.Value)).ToList();
        var ok = ModelState.IsValid && await PageActions.TryAsync(ModelState, async () =>
        {
            try
            {
                created = await handler.HandleAsync(new CreateConsultationRequest(Input.Subject, Input.Proposal, Input.RequesterUnitId, Input.ConsultedUnitIds,
                    Input.DueDate, Input.WorkingDays, Input.MatterCode, Input.TaskId, attachments, acknowledgements), ct);
            }
            catch (CompetenceUnacknowledgedException e)
            {
                Unacknowledged = e.Units;
                ModelState.AddModelError(string.Empty, "Một số đơn vị không có liên hệ thẩm quyền với loại việc: nêu lý do lấy ý kiến từng đơn vị bên dưới.");
            }
        });
        if (ok && created is not null)
        {
            TempData["Message"] = created.CompetenceWarnings > 0
                ? $"Đã gửi đề nghị lấy ý kiến (có {created.CompetenceWarnings} cảnh báo thẩm quyền đã nêu lý do)."
                : "Đã gửi đề nghị lấy ý kiến.";
            return RedirectToPage("/Consultations/Details", new { id = created.Id });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var handle = await unitChoices.InScopeAsync(Permission.HandleWork, ct);
        var assign = await unitChoices.InScopeAsync(Permission.AssignWork, ct);
        RequesterUnits = handle.Concat(assign).DistinctBy(u => u.Value).OrderBy(u => u.Text, StringComparer.InvariantCulture).Take(500).ToList();
        AllUnits = (await units.ListAsync(ct)).Where(u => u.ValidTo is null && u.ParentId is not null)
            .OrderBy(u => u.Name, StringComparer.InvariantCulture).Take(3000)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString(), Input.ConsultedUnitIds.Contains(u.Id))).ToList();
        ChosenTask = Input.TaskId is { } taskId && await taskSearch.FindVisibleAsync(taskId, ct) is { } chosen
            ? [new SelectListItem(chosen.Label, chosen.Id.ToString(), true)]
            : [];
        Matters = (await competence.MattersAsync(ct)).OrderBy(m => m.Name, StringComparer.InvariantCulture)
            .Select(m => new SelectListItem(m.Field is null ? m.Name : $"{m.Name} ({m.Field})", m.Code)).ToList();
    }
}
