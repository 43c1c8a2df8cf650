using KyCuong.Web.Modules.Consultations;
using KyCuong.Web.Modules.Consultations.GetConsultation;
using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Consultations.NotifyDelay;
using KyCuong.Web.Modules.Consultations.ReturnConsultation;
using KyCuong.Web.Modules.Consultations.ResolveDisagreement;
using KyCuong.Web.Modules.Consultations.RespondToConsultation;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Consultations.Pages;

/// <summary>
/// One consultation: each unit's outcome, the clock, delay notices, late and generic answers, the notices issued, and the
/// forms of whoever may act (the consulted unit answers or gives notice; the requester records reconciliations; the
/// superior decides on escalation). Loaded in a fixed number of queries whatever the number of consulted units.
/// </summary>
internal sealed class DetailsModel(
    GetConsultationHandler details, ConsultationAccess consultations, RespondHandler respond, NotifyDelayHandler delay, ResolveDisagreementHandler resolve,
    ReturnConsultationHandler giveBack, ICompetenceCatalogue catalogue)
    : PageModel
{
    public ConsultationDetails C { get; private set; } = null!;

    /// <summary>The consulted units the caller may answer for.</summary>
    public HashSet<Guid> Answerable { get; private set; } = [];

    public bool IsRequester { get; private set; }

    public bool IsSuperior { get; private set; }

    [BindProperty]
    public Guid UnitId { get; set; }

    [BindProperty]
    public string? Stance { get; set; }

    [BindProperty]
    public string? Reasoning { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public Guid? CatalogueEntryId { get; set; }

    /// <summary>The catalogue entries a return may cite: those of the consultation's matter, or all without one.</summary>
    public IReadOnlyList<CompetenceLink> ReturnEntries { get; private set; } = [];

    [BindProperty]
    public string? Method { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await LoadAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, [FromServices] AttachmentHandler attachments, CancellationToken ct)
    {
        try
        {
            var (name, type, content) = await attachments.HandleAsync(id, attachmentId, ct);
            return File(content, type, name);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostRespondAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => respond.HandleAsync(id, new RespondRequest(UnitId, Stance, Reasoning), ct), "Đã gửi ý kiến trả lời.", ct);

    public Task<IActionResult> OnPostDelayAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => delay.HandleAsync(id, new NotifyDelayRequest(UnitId, Reason), ct), "Đã báo chậm trả lời.", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => giveBack.HandleAsync(id, new ReturnConsultationRequest(UnitId, Reason, CatalogueEntryId), ct), "Đã trả lại đề nghị lấy ý kiến.", ct);

    public Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => resolve.HandleAsync(id, new ResolveDisagreementRequest(UnitId, Kind, Method, Date, Note), ct), "Đã ghi nhận.", ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> action, string done, CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, action, prefix: ""))
        {
            TempData["Message"] = done;
            return RedirectToPage("/Consultations/Details", new { id });
        }

        try
        {
            await LoadAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await consultations.LoadAsync(id, ct, tracking: false);
        C = await details.DescribeAsync(c, ct);
        Answerable = await consultations.AnswerableUnitsAsync(c, ct);
        IsRequester = await consultations.CanActForRequesterAsync(c, ct);
        IsSuperior = await consultations.IsSuperiorAsync(C.SuperiorUnitId, ct);
        if (!C.DeadlinePassed && C.Participants.Any(p => Answerable.Contains(p.UnitId) && p.Outcome == "pending"))
        {
            ReturnEntries = await catalogue.EntriesAsync(C.MatterCode, ct);
        }
    }

    public static string Time(DateTimeOffset? at) => at is { } t ? t.ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "—";

    public static string Badge(string outcome) => outcome switch
    {
        "agreed" => "text-bg-success",
        "agreedWithConditions" => "text-bg-info",
        "disagreed" => "text-bg-danger",
        "deemedAgreed" => "text-bg-dark",
        "delayNotified" => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    public static string StanceLabel(string stance) => stance switch
    {
        "agree" => "Nhất trí",
        "agreeWithConditions" => "Nhất trí có điều kiện",
        "disagree" => "Không nhất trí",
        _ => stance,
    };
}
