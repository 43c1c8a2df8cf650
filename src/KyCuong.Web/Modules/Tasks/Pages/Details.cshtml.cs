using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.CompleteTask;
using KyCuong.Web.Modules.Tasks.DecideExtension;
using KyCuong.Web.Modules.Tasks.GetTask;
using KyCuong.Web.Modules.Tasks.HandOffTask;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Modules.Tasks.ReopenTask;
using KyCuong.Web.Modules.Tasks.ReviewTask;
using KyCuong.Web.Modules.Tasks.ReportProgress;
using KyCuong.Web.Modules.Tasks.RequestExtension;
using KyCuong.Web.Modules.Tasks.RerouteTask;
using KyCuong.Web.Modules.Tasks.ReturnTask;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Uploads;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.Pages;

/// <summary>One task: its timeline and the forms of the actions the caller may take (the same handlers as the API).</summary>
internal sealed class DetailsModel(GetTaskHandler getTask, IUnitDirectory units, OrgPeople people, TimeProvider clock, CatalogueChoices catalogue) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public TaskDetails Task { get; private set; } = null!;

    public List<SelectListItem> People { get; private set; } = [];

    public List<SelectListItem> Units { get; private set; } = [];

    /// <summary>Units that may be suggested on a return: the assigner's subtree except the unit returning it.</summary>
    public List<SelectListItem> SuggestableUnits { get; private set; } = [];

    /// <summary>The task does not exist or belongs to a branch the caller may not see (rendered as a 404 page).</summary>
    public bool Missing { get; private set; }

    /// <summary>The form whose submission failed: only it shows the values typed back (several forms share <see cref="Input"/>).</summary>
    public string? FailedForm { get; private set; }

    /// <summary>A value typed into the form that failed, for re-display; empty in every other form.</summary>
    public string? Typed(string form, string? value) => string.Equals(FailedForm, form, StringComparison.OrdinalIgnoreCase) ? value : null;

    public sealed class ActionInput
    {
        public string? Note { get; set; }

        public int? Percent { get; set; }

        public Guid? ToUserId { get; set; }

        public DateOnly? StepDueDate { get; set; }

        public string? Reason { get; set; }

        public DateOnly? NewDueDate { get; set; }

        public Guid? ExtensionId { get; set; }

        public bool Approve { get; set; }

        public string? Result { get; set; }

        /// <summary>The outgoing document that carries the result, chosen by search.</summary>
        public Guid? OutputDocumentId { get; set; }

        public string? Quality { get; set; }

        public bool MajorError { get; set; }

        public bool Reopen { get; set; }

        public Guid? SuggestedUnitId { get; set; }

        public Guid? LeadUnitId { get; set; }

        /// <summary>The catalogue entry a return cites, or <c>none</c> (no entry applies: explained in the reason).</summary>
        public string? CatalogueChoice { get; set; }
    }

    /// <summary>docs/domain.md §9: a return cites the competence catalogue; the entries offered, grouped by unit or level.</summary>
    public List<SelectListItem> CatalogueEntries { get; private set; } = [];

    public const string NoEntryApplies = ReturnTaskForm.NoEntryApplies;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadOrMarkMissingAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostProgressAsync([FromServices] ReportProgressHandler handler, CancellationToken ct) => RunAsync("Đã ghi nhận tiến độ.",
        () => handler.HandleAsync(Id, new ReportProgressRequest(Input.Note, Input.Percent), ct), ct);

    public Task<IActionResult> OnPostHandOffAsync([FromServices] HandOffHandler handler, CancellationToken ct) => RunAsync("Đã chuyển xử lý.",
        () => handler.HandleAsync(Id, new HandOffRequest(Input.ToUserId, Input.StepDueDate, Input.Note), ct), ct);

    public Task<IActionResult> OnPostRequestExtensionAsync([FromServices] RequestExtensionHandler handler, CancellationToken ct) => RunAsync("Đã gửi đề nghị gia hạn.",
        () => handler.HandleAsync(Id, new RequestExtensionRequest(Input.Reason, Input.NewDueDate, null), ct), ct);

    public Task<IActionResult> OnPostDecideExtensionAsync([FromServices] DecideExtensionHandler handler, CancellationToken ct) => RunAsync(Input.Approve ? "Đã đồng ý gia hạn." : "Đã không đồng ý gia hạn.",
        () => handler.HandleAsync(Id, Input.ExtensionId ?? Guid.Empty, new DecideExtensionRequest(Input.Approve, Input.Note), ct), ct);

    /// <summary>Files reported with the completion (the report, the minutes), bounded as every upload.</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public async Task<IActionResult> OnPostCompleteAsync([FromServices] CompleteTaskHandler handler, CancellationToken ct)
    {
        var attachments = new List<AttachmentInput>();
        foreach (var f in Files.Where(f => f.Length > 0))
        {
            // Bounded before it is buffered (docs/operations.md, "Uploads"); the handler applies the completion's own limit.
            await using var stream = f.OpenReadStream();
            var bytes = await UploadReader.ReadBytesAsync(stream, CompleteTaskRequest.MaxAttachmentBytes, ct);
            if (bytes is null)
            {
                return await FailAsync("Complete", nameof(Files), $"Tệp {f.FileName} lớn hơn {CompleteTaskRequest.MaxAttachmentBytes / 1024 / 1024} MB.", ct);
            }

            attachments.Add(new AttachmentInput(f.FileName, f.ContentType, Convert.ToBase64String(bytes)));
        }

        return await RunAsync("Đã báo cáo hoàn thành.",
            () => handler.HandleAsync(Id, new CompleteTaskRequest(Input.Result, OutputDocumentId: Input.OutputDocumentId, Attachments: attachments), ct), ct);
    }

    /// <summary><c>?handler=Attachment&amp;attachmentId=…</c>: a file reported with the completion, for whoever may see the task.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(Guid attachmentId, [FromServices] TaskAttachmentHandler attachments, CancellationToken ct)
    {
        try
        {
            var (name, type, content) = await attachments.HandleAsync(Id, attachmentId, ct);
            return File(content, type, name);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>
    /// <c>?handler=OutputDocuments&amp;q=…</c>: the result-document picker's search (wwwroot/js/forms.js) over the outgoing documents
    /// the person may see, as <c>[{"value","text"}]</c>; fewer than two characters find nothing.
    /// </summary>
    public async Task<IActionResult> OnGetOutputDocumentsAsync([FromServices] IDocumentDirectory documents, string? q, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2)
        {
            return new JsonResult(Array.Empty<object>());
        }

        var hits = await documents.SearchOutgoingAsync(q, 20, ct);
        return new JsonResult(hits.Select(d => new
        {
            value = d.Id.ToString(),
            text = string.Join(" – ", new[] { d.NumberSymbol, d.Date is { } date ? TaskLabels.Date(date) : null, d.Subject }.Where(x => !string.IsNullOrWhiteSpace(x))),
        }));
    }

    public Task<IActionResult> OnPostReturnAsync([FromServices] ReturnTaskHandler handler, CancellationToken ct) => RunAsync("Đã trả lại nhiệm vụ.",
        () => handler.HandleAsync(Id, ReturnTaskForm.ToRequest(Input.CatalogueChoice, Input.Reason, Input.SuggestedUnitId), ct), ct);

    public Task<IActionResult> OnPostRerouteAsync([FromServices] RerouteTaskHandler handler, CancellationToken ct) => RunAsync("Đã điều chuyển đơn vị chủ trì.",
        () => handler.HandleAsync(Id, new RerouteTaskRequest(Input.LeadUnitId, null, Input.Reason), ct), ct);

    public Task<IActionResult> OnPostReopenAsync([FromServices] ReopenTaskHandler handler, CancellationToken ct) => RunAsync("Đã mở lại nhiệm vụ.",
        () => handler.HandleAsync(Id, new ReopenTaskRequest(Input.Reason), ct), ct);

    public Task<IActionResult> OnPostReviewAsync([FromServices] ReviewTaskHandler handler, CancellationToken ct) =>
        RunAsync(Input.Reopen ? "Đã ghi nhận đánh giá và trả lại nhiệm vụ để làm lại." : "Đã ghi nhận đánh giá kết quả.",
            () => handler.HandleAsync(Id, new ReviewTaskRequest(Input.Quality, Input.MajorError, Input.Note, Input.Reopen), ct), ct);

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);

    private async Task<IActionResult> FailAsync(string form, string field, string message, CancellationToken ct)
    {
        ModelState.AddModelError(field, message);
        FailedForm = form;
        await LoadOrMarkMissingAsync(ct);
        return Page();
    }

    private async Task<IActionResult> RunAsync(string message, Func<Task> action, CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, action))
        {
            TempData["Message"] = message;
            return RedirectToPage(new { id = Id });
        }

        TaskLabels.Localise(ModelState);
        FailedForm = Request.Query["handler"].ToString();
        await LoadOrMarkMissingAsync(ct);
        return Page();
    }

    private async Task LoadOrMarkMissingAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
        }
        catch (NotFoundException)
        {
            // Another branch's task looks exactly like one that does not exist: a 404 page, never its title.
            Missing = true;
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // Another branch's task is "not found" (NotFoundException → 404 by the exception handler).
        Task = await getTask.HandleAsync(Id, ct);
        var today = clock.Today();
        if (Task.Actions.HandOff)
        {
            var subtree = await units.Subtree(Task.LeadUnitId).Take(500).ToListAsync(ct);
            People = (await people.PeopleInAsync(subtree, today, ct)).Where(p => p.UserId != Task.CurrentHolder?.Id).GroupBy(p => p.UserId)
                .Select(g => new SelectListItem($"{g.First().FullName} – {g.First().Title}", g.Key.ToString())).OrderBy(i => i.Text, VietnameseOrder).ToList();
        }

        if (Task.Actions.Reroute || Task.Actions.Return)
        {
            var ids = await units.Subtree(Task.AssignerUnitId).Take(500).ToListAsync(ct);
            var found = await units.FindManyAsync(ids, ct);
            foreach (var u in ids)
            {
                if (found.TryGetValue(u, out var unit) && (unit.ValidTo is null || unit.ValidTo >= today))
                {
                    Units.Add(new SelectListItem(unit.Name, unit.Id.ToString()));
                }
            }

            // After a return, the unit the returning unit suggested is offered first for re-routing.
            var suggested = Task.State == "returned" ? Task.Routings.LastOrDefault(r => r.Kind == "returned")?.SuggestedUnitId?.ToString() : null;
            Units = Units.OrderBy(u => u.Text, VietnameseOrder).Select(u => new SelectListItem(u.Text, u.Value, u.Value == suggested)).ToList();
            SuggestableUnits = Units.Where(u => u.Value != Task.LeadUnitId.ToString()).Select(u => new SelectListItem(u.Text, u.Value)).ToList();
        }

        if (Task.Actions.Return)
        {
            var entries = await catalogue.ListAsync(ct);
            var groups = new Dictionary<string, SelectListGroup>(StringComparer.Ordinal);
            CatalogueEntries = entries.Select(e =>
            {
                var owner = e.Owner;
                if (!groups.TryGetValue(owner, out var g))
                {
                    groups[owner] = g = new SelectListGroup { Name = owner };
                }

                return new SelectListItem($"{e.MatterName} — {e.RoleLabel}", e.Id.ToString(), e.Id.ToString() == Input.CatalogueChoice) { Group = g };
            }).OrderBy(i => i.Group!.Name, VietnameseOrder).ThenBy(i => i.Text, VietnameseOrder).ToList();
        }
    }
}
