using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Submissions.GetSubmission;
using KyCuong.Web.Modules.Submissions.SaveSubmission;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Submissions.Pages;

/// <summary>
/// "Soạn tờ trình" (and completing a returned one, <c>?id=</c>): the same handler as <c>POST/PUT /api/v1/submissions</c>. Option
/// rows are added and removed in the browser; the own-competence warning is shown as soon as the unit and matter are chosen.
/// </summary>
internal sealed class CreateModel(SaveSubmissionHandler handler, GetSubmissionHandler getSubmission, IAccessControl access, IUnitDirectory units,
    ICompetenceCatalogue catalogue) : PageModel
{
    public sealed class OptionInput
    {
        public string? Label { get; set; }

        public string? Description { get; set; }
    }

    public sealed class InputModel
    {
        public string? Title { get; set; }

        public Guid? SubmitterUnitId { get; set; }

        public Guid? ToUnitId { get; set; }

        public string? MatterCode { get; set; }

        public string? LegalBasis { get; set; }

        public string? Competence { get; set; }

        public string? SubmitterView { get; set; }

        public string? Recommendation { get; set; }

        public List<OptionInput> Options { get; set; } = [];

        public int? ChosenOptionIndex { get; set; }

        public string? ChoiceReason { get; set; }

        public Guid? ConsultationId { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Units the caller drafts for; each option carries the matters the unit decides itself (for the warning).</summary>
    public List<(SelectListItem Item, string Decides)> SubmitterUnits { get; private set; } = [];

    public List<SelectListItem> ToUnits { get; private set; } = [];

    public List<SelectListItem> Matters { get; private set; } = [];

    public bool Missing { get; private set; }

    public string? Invalid(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            try
            {
                var s = await getSubmission.HandleAsync(id, ct);
                if (!s.Actions.Edit)
                {
                    return RedirectToPage("/Submissions/Details", new { id });
                }

                Input = new InputModel
                {
                    Title = s.Title, SubmitterUnitId = s.SubmitterUnit.Id, ToUnitId = s.ToUnit.Id, MatterCode = s.MatterCode, LegalBasis = s.LegalBasis,
                    Competence = s.Competence, SubmitterView = s.SubmitterView, Recommendation = s.Recommendation,
                    Options = s.Options.Select(o => new OptionInput { Label = o.Label, Description = o.Description }).ToList(),
                    ChosenOptionIndex = s.ChosenOptionIndex, ChoiceReason = s.ChoiceReason, ConsultationId = s.ConsultationId,
                };
            }
            catch (NotFoundException)
            {
                Missing = true;
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
            }
        }

        while (Input.Options.Count < 2)
        {
            Input.Options.Add(new OptionInput());
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Blank option rows are ignored; the chosen row keeps its meaning after they are dropped.
        var rows = Input.Options.Select((o, i) => (o, i)).Where(x => !string.IsNullOrWhiteSpace(x.o.Label) || !string.IsNullOrWhiteSpace(x.o.Description)).ToList();
        int? chosen = Input.ChosenOptionIndex is { } c ? rows.FindIndex(x => x.i == c) : null;
        var request = new SaveSubmissionRequest(Input.Title, Input.SubmitterUnitId, Input.ToUnitId, Input.MatterCode, Input.LegalBasis, Input.Competence,
            Input.SubmitterView, Input.Recommendation, rows.Select(x => new SubmissionOptionInput(x.o.Label, x.o.Description)).ToList(),
            chosen is -1 ? null : chosen, Input.ChoiceReason, Input.ConsultationId);
        SaveSubmissionResponse? saved = null;
        var ok = ModelState.IsValid && await PageActions.TryAsync(ModelState, async () =>
            saved = Id is { } id ? await handler.UpdateAsync(id, request, ct) : await handler.CreateAsync(request, ct));
        if (ok && saved is not null)
        {
            TempData["Message"] = saved.OwnCompetence
                ? "Đã lưu tờ trình. Lưu ý: theo danh mục thẩm quyền, việc này thuộc thẩm quyền của đơn vị bạn."
                : "Đã lưu tờ trình; kiểm tra lại rồi bấm Gửi.";
            return RedirectToPage("/Submissions/Details", new { id = saved.Id });
        }

        if (Input.Options.Count == 0)
        {
            Input.Options.Add(new OptionInput());
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = (await units.ListAsync(ct)).ToDictionary(u => u.Id);
        var scope = await access.ScopeAsync(Permission.HandleWork, ct);
        var mine = scope is null ? all.Keys.ToList() : await scope.Take(500).ToListAsync(ct);
        var active = mine.Where(all.ContainsKey).Select(id => all[id]).Where(u => u.ValidTo is null).ToList();
        var decides = (await catalogue.EntriesAsync(null, ct)).Where(e => e.Role == CompetenceRole.Decides).ToList();
        var order = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);
        SubmitterUnits = active.OrderBy(u => u.Name, order).Select(u =>
        {
            var kind = char.ToLowerInvariant(u.Kind.ToString()[0]) + u.Kind.ToString()[1..];
            var codes = decides.Where(e => e.UnitId == u.Id || (e.UnitId is null && e.UnitKind == kind)).Select(e => e.MatterCode).Distinct();
            return (new SelectListItem(u.Name, u.Id.ToString(), u.Id == Input.SubmitterUnitId), string.Join(' ', codes));
        }).ToList();

        // A submission goes up: every unit above one the caller drafts for.
        var above = new HashSet<Guid>();
        foreach (var u in active)
        {
            var next = u.ParentId;
            while (next is { } pid && all.TryGetValue(pid, out var parent) && above.Add(pid))
            {
                next = parent.ParentId;
            }
        }

        ToUnits = above.Select(id => all[id]).Where(u => u.ValidTo is null).OrderBy(u => u.Name, order)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString(), u.Id == Input.ToUnitId)).ToList();
        Matters = (await catalogue.MattersAsync(ct))
            .Select(m => new SelectListItem(m.Field is null ? m.Name : $"{m.Field}: {m.Name}", m.Code, m.Code == Input.MatterCode)).ToList();
    }
}
