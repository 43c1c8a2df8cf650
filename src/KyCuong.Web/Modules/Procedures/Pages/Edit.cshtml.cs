using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.GetProcedure;
using KyCuong.Web.Modules.Procedures.SaveProcedure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Procedures.Pages;

/// <summary>A procedure: read by everyone who sees it, added, changed and published by those who keep the body's procedures (the API's handlers).</summary>
internal sealed class EditModel(GetProcedureHandler get, SaveProcedureHandler save, IAccessControl access, IUnitDirectory units) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public bool Internal { get; set; }
    [BindProperty] public Guid? BodyUnitId { get; set; }
    [BindProperty] public string? Sequence { get; set; }
    [BindProperty] public string? Method { get; set; }
    [BindProperty] public string? Dossier { get; set; }
    [BindProperty] public int? TimeLimitWorkingDays { get; set; }
    [BindProperty] public string? Subjects { get; set; }
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? Result { get; set; }
    [BindProperty] public string? Fees { get; set; }
    [BindProperty] public string? LegalBasis { get; set; }
    [BindProperty] public bool Publish { get; set; }
    [BindProperty] public DateOnly? PublishedOn { get; set; }
    [BindProperty] public long? CostPerCompliance { get; set; }
    [BindProperty] public decimal? FrequencyPerYear { get; set; }
    [BindProperty] public long? SubjectsPerYear { get; set; }

    public ProcedureDetails? Current { get; private set; }

    public IReadOnlyList<UnitDto> Bodies { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadBodiesAsync(ct);
        if (Id is { } id)
        {
            try
            {
                Current = await get.HandleAsync(id, ct);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }

            CanEdit = Current.CanEdit;
            (Code, Name, Internal, BodyUnitId, Sequence, Method, Dossier, TimeLimitWorkingDays, Subjects, Agency, Result, Fees, LegalBasis) =
                (Current.Code, Current.Name, Current.Internal, Current.BodyUnitId, Current.Sequence, Current.Method, Current.Dossier, Current.TimeLimitWorkingDays,
                    Current.Subjects, Current.Agency, Current.Result, Current.Fees, Current.LegalBasis);
            (Publish, PublishedOn) = (Current.Status == Domain.ProcedureStatus.Published, Current.PublishedOn);
            (CostPerCompliance, FrequencyPerYear, SubjectsPerYear) = (Current.ComplianceCost.CostPerCompliance, Current.ComplianceCost.FrequencyPerYear,
                Current.ComplianceCost.SubjectsPerYear);
            return Page();
        }

        CanEdit = Bodies.Count > 0;
        return CanEdit ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new ProcedureRequest(Code, Name, Internal, BodyUnitId, Sequence, Method, Dossier, TimeLimitWorkingDays, Subjects, Agency, Result, Fees,
            LegalBasis, Publish ? Domain.ProcedureStatus.Published : Domain.ProcedureStatus.Draft, Publish ? PublishedOn : null,
            new ComplianceCostRequest(CostPerCompliance, FrequencyPerYear, SubjectsPerYear));
        try
        {
            var saved = Id is { } id ? await save.UpdateAsync(id, request, ct) : await save.CreateAsync(request, ct);
            TempData["Message"] = $"Đã lưu thủ tục {saved.Code}.";
            return Redirect($"/Procedures/Edit/{saved.Id}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors;
            Error = "Chưa lưu được: " + string.Join(" ", e.Errors.Values.SelectMany(m => m).Select(m => m.Split(" / ")[0]).Distinct());
        }
        catch (Exception e) when (e is DomainException or ForbiddenException)
        {
            Error = e.Message.Split(" / ")[0];
        }

        await LoadBodiesAsync(ct);
        CanEdit = true;
        return Page();
    }

    private async Task LoadBodiesAsync(CancellationToken ct)
    {
        var scope = await access.ScopeAsync(Permission.Monitor, ct);
        var allowed = scope is null ? null : scope.ToHashSet();
        var cmp = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);
        Bodies = [.. (await units.ListAsync(ct)).Where(u => u.ValidTo is null && (allowed is null || allowed.Contains(u.Id))).OrderBy(u => u.Name, cmp)];
    }
}
