using KyCuong.Web.Modules.Inspections.ConcludeInspection;
using KyCuong.Web.Modules.Inspections.Evidence;
using KyCuong.Web.Modules.Inspections.Documents;
using KyCuong.Web.Modules.Inspections.GetInspection;
using KyCuong.Web.Modules.Inspections.PeopleRisk;
using KyCuong.Web.Modules.Inspections.RecordExplanation;
using KyCuong.Web.Modules.Inspections.RecordFinding;
using KyCuong.Web.Modules.Inspections.ReviewFinding;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Modules.Inspections.StartInspection;
using KyCuong.Web.Modules.Inspections.VerifyRemedies;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Inspections.Pages;

/// <summary>
/// One check: the decision, the working record, the explanations, the conclusion and the remedies, with the step the person may
/// take now. Every form calls the API's handler; a check the person may not see answers 404 (as the API does).
/// </summary>
internal sealed class DetailsModel(
    GetInspectionHandler get, StartInspectionHandler start, RecordFindingHandler findings, RecordExplanationHandler explanations,
    ConcludeInspectionHandler conclude, VerifyRemediesHandler verify, EvidenceHandler evidence, ReviewFindingHandler review, IUnitDirectory units,
    IPeopleDirectory people, PeopleRiskHandler peopleRisk, InspectionDocumentHandler documents, KyCuong.Web.Platform.Auth.ICurrentUser me, TimeProvider clock,
    IOptions<InspectionOptions> options) : PageModel
{
    public const int RemedyRows = 3;

    public int PeopleRiskRows => 30;

    public InspectionDetails Check { get; private set; } = null!;

    public InspectionOptions Options => options.Value;

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public string? Topic { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The official a finding is about (optional).</summary>
    [BindProperty]
    public Guid? PersonUserId { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? DecisionNumber { get; set; }

    [BindProperty]
    public DateOnly? DecisionDate { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The officials of the checked units (and below), for the finding form: name, position, unit.</summary>
    public IReadOnlyList<PersonPosition> Officials { get; private set; } = [];

    [BindProperty]
    public List<RemedyRow> Remedies { get; set; } = [];

    [BindProperty]
    public List<VerdictRow> Verdicts { get; set; } = [];

    public sealed class RemedyRow
    {
        public Guid? UnitId { get; set; }

        public string? Text { get; set; }

        public int? WorkingDays { get; set; }
    }

    public sealed class VerdictRow
    {
        public Guid RemedyId { get; set; }

        /// <summary>"yes", "no" or empty (not judged in this visit).</summary>
        public string? Verdict { get; set; }

        public string? Note { get; set; }
    }

    /// <summary>The people-risk ranking, only for the head of the team (null for anyone else: the section is not rendered).</summary>
    public IReadOnlyList<PersonRiskItem>? PeopleRisk { get; private set; }

    public string UnitName(Guid id) => Check.CheckedUnits.FirstOrDefault(u => u.Id == id)?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Check = await get.HandleAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (Check.Actions.CanRecordFindings)
        {
            var unitIds = new List<Guid>();
            foreach (var u in Check.CheckedUnitIds)
            {
                unitIds.AddRange(await units.Subtree(u).Take(500).ToListAsync(ct));
            }

            Officials = (await people.PeopleInAsync(unitIds.Distinct().ToList(), clock.Today(), ct))
                .DistinctBy(p => p.UserId).OrderBy(p => p.FullName, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();
        }

        if (me.UserId is { } uid && uid == Check.TeamLeaderUserId)
        {
            PeopleRisk = await peopleRisk.HandleAsync(id, ct);
        }

        return Page();
    }

    /// <summary>One of the check's papers (the same handler as <c>GET /api/v1/inspections/{id}/documents/{kind}.{format}</c>).</summary>
    public Task<IActionResult> OnGetDocumentAsync(Guid id, string? kind, string? format, CancellationToken ct) =>
        KyCuong.Web.Platform.Printing.DocumentExport.ToPageResultAsync(this, () => documents.HandleAsync(id, $"{kind}.{format}", ct), $"/Inspections/Details/{id}");

    /// <summary>The papers that exist at this step: the record once the team arrived, the conclusion once concluded.</summary>
    public IEnumerable<(string Kind, string Label)> Papers => InspectionDocumentKinds.All
        .Where(k => k.Kind switch
        {
            InspectionDocumentKinds.Record => Check.StartedAt is not null,
            InspectionDocumentKinds.Conclusion => Check.Conclusion is not null,
            _ => true,
        })
        .Select(k => (k.Kind, k.Label));

    /// <summary>An evidence file, access-checked like the check (the same handler as <c>GET /api/v1/inspections/{id}/evidence/{evidenceId}</c>).</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid evidenceId, CancellationToken ct)
    {
        try
        {
            var e = await evidence.DownloadAsync(id, evidenceId, ct);
            return File(e.Content, e.ContentType, e.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostEvidenceAsync(Guid id, Guid findingId, IFormFile? evidenceFile, CancellationToken ct) =>
        ActAsync(id, async () =>
        {
            if (evidenceFile is null)
            {
                throw RequestValidationException.For("file", "Chưa chọn tệp. / No file chosen.");
            }

            await using var stream = evidenceFile.OpenReadStream();
            await evidence.UploadAsync(id, findingId, evidenceFile.FileName, evidenceFile.ContentType, evidenceFile.Length, stream, ct);
        }, "Đã đính kèm chứng cứ.", ct);

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => start.HandleAsync(id, ct), "Đã ghi nhận đoàn kiểm tra đến làm việc.", ct);

    public Task<IActionResult> OnPostFindingAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => findings.HandleAsync(id, new RecordFindingRequest(UnitId, Topic, Text, PersonUserId), ct), "Đã ghi vào biên bản kiểm tra.", ct);

    public Task<IActionResult> OnPostReviewAsync(Guid id, Guid findingId, CancellationToken ct) =>
        ActAsync(id, () => review.HandleAsync(id, findingId, new ReviewFindingRequest(Decision, DecisionNumber, DecisionDate, Reason), ct),
            "Đã ghi quyết định xem xét trách nhiệm.", ct);

    public Task<IActionResult> OnPostExplanationAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => explanations.HandleAsync(id, new RecordExplanationRequest(UnitId, Text), ct), "Đã gửi giải trình.", ct);

    public Task<IActionResult> OnPostConclusionAsync(Guid id, CancellationToken ct)
    {
        var rows = Remedies.Where(r => r.UnitId is not null || !string.IsNullOrWhiteSpace(r.Text))
            .Select(r => new RemedyInput(r.UnitId, r.Text, r.WorkingDays)).ToList();
        return ActAsync(id, () => conclude.HandleAsync(id, new ConcludeRequest(Text, rows), ct),
            rows.Count == 0 ? "Đã kết luận; không có yêu cầu khắc phục." : $"Đã kết luận; {rows.Count} yêu cầu khắc phục đã được giao thành nhiệm vụ.", ct);
    }

    public Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct)
    {
        var rows = Verdicts.Where(v => v.Verdict is "yes" or "no").Select(v => new RemedyVerdict(v.RemedyId, v.Verdict == "yes", v.Note)).ToList();
        return ActAsync(id, () => verify.HandleAsync(id, new VerifyRemediesRequest(rows), ct), "Đã ghi kết quả kiểm tra việc khắc phục.", ct);
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> action, string message, CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, action, prefix: ""))
        {
            TempData["Message"] = message;
            return RedirectToPage("/Inspections/Details", new { id });
        }

        return await OnGetAsync(id, ct);
    }
}
