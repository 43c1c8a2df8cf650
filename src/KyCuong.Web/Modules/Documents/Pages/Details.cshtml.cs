using KyCuong.Web.Modules.Documents;
using KyCuong.Web.Modules.Documents.Acknowledgements;
using KyCuong.Web.Modules.Documents.Attachments;
using KyCuong.Web.Modules.Documents.DirectDocument;
using KyCuong.Web.Modules.Documents.GetDocument;
using KyCuong.Web.Modules.Documents.PresentDocument;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Documents.Pages;

/// <summary>One document: its components, attachments, presentation, the leader's direction and the tasks it created.</summary>
internal sealed class DetailsModel(
    GetDocumentHandler get, PresentDocumentHandler present, AttachmentsHandler attachments, DirectDocumentHandler direct, IAssignableUnits assignable,
    IAccessControl access, Microsoft.Extensions.Options.IOptions<DirectionOptions> directionOptions, AcknowledgementService acknowledgements) : PageModel
{
    /// <summary>The acknowledgement asked of the signed-in person, if any (docs/domain.md "Acknowledgement of directives").</summary>
    public AcknowledgementState Acknowledgement { get; private set; } = new(false, false, null, null, false, []);

    public DocumentDetails Details { get; private set; } = null!;

    public bool CanDirect { get; private set; }

    public bool CanRegister { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public List<SelectListItem> CoordinatingUnits { get; private set; } = [];

    public sealed class DirectionInput
    {
        public Guid? LeadUnitId { get; set; }

        public List<Guid> CoordinatingUnitIds { get; set; } = [];

        /// <summary>The focal unit (đầu mối theo dõi) whose monitors follow the directive's cascade (ADR 0003); optional.</summary>
        public Guid? FocalUnitId { get; set; }

        public string DeadlineKind { get; set; } = "workingDays";

        public DateOnly? DueDate { get; set; }

        public int? WorkingDays { get; set; }

        public string? Note { get; set; }

        /// <summary>Every official of the lead and coordinating units confirms "Đã đọc, quán triệt".</summary>
        public bool RequireAcknowledgement { get; set; }
    }

    [BindProperty]
    public DirectionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // docs/domain.md §5: the proposed deadline is the one setting shared with Import (DirectionOptions).
        Input.WorkingDays = directionOptions.Value.DefaultWorkingDays;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        try
        {
            var a = await attachments.DownloadAsync(id, attachmentId, ct);
            return File(a.Content, a.ContentType, a.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostPresentAsync(Guid id, CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, () => present.HandleAsync(id, ct), ""))
        {
            TempData["Message"] = "Đã ghi nhận trình văn bản cho lãnh đạo.";
            return Redirect($"/Documents/Details/{id}");
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            ModelState.AddModelError(string.Empty, "Hãy chọn tệp.");
        }
        else if (await PageActions.TryAsync(ModelState, async () =>
                 {
                     await using var s = file.OpenReadStream();
                     await attachments.UploadAsync(id, file.FileName, file.ContentType, file.Length, s, ct);
                 }, ""))
        {
            TempData["Message"] = $"Đã đính kèm {file.FileName}.";
            return Redirect($"/Documents/Details/{id}");
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDirectAsync(Guid id, CancellationToken ct)
    {
        var request = new DirectDocumentRequest(Input.LeadUnitId, Input.CoordinatingUnitIds,
            Input.DeadlineKind == "date" ? Input.DueDate : null, Input.DeadlineKind == "workingDays" ? Input.WorkingDays : null,
            Input.DeadlineKind == "standing" ? true : null, Note: Input.Note, FocalUnitId: Input.FocalUnitId,
            RequireAcknowledgement: Input.RequireAcknowledgement ? true : null);
        DirectDocumentResponse? result = null;
        if (await PageActions.TryAsync(ModelState, async () => result = await direct.HandleAsync(id, request, ct)))
        {
            TempData["Message"] = $"Đã cho ý kiến chỉ đạo và giao {result!.Tasks.Count} nhiệm vụ.";
            return Redirect($"/Documents/Details/{id}");
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, string? commitment, CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, () => acknowledgements.AcknowledgeAsync(id, commitment, ct), ""))
        {
            TempData["Message"] = "Đã ghi nhận: đồng chí đã đọc, quán triệt văn bản.";
            return Redirect($"/Documents/Details/{id}");
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

        Acknowledgement = await acknowledgements.StateAsync(id, Details.Direction?.FocalUnitId, ct);
        var unitId = Details.Summary.RegisteringUnitId;
        CanDirect = Details.Direction is null && await access.HasAsync(Permission.AssignWork, unitId, ct);
        CanRegister = await access.HasAsync(Permission.RegisterDocuments, unitId, ct);
        if (CanDirect)
        {
            // docs/domain.md §6 "Unit pickers": the units the API accepts from this person (Organisation's IAssignableUnits).
            var set = await assignable.ForCurrentUserAsync(ct);
            Units = set.Lead.Select(u => new SelectListItem(u.Label, u.Id.ToString())).ToList();
            CoordinatingUnits = set.Coordinating.Select(u => new SelectListItem(u.Label, u.Id.ToString())).ToList();
        }

        return true;
    }
}
