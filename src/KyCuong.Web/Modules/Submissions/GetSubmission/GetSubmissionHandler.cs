using System.Text.Json;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Submissions.Domain;
using KyCuong.Web.Modules.Submissions.SaveSubmission;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Submissions.GetSubmission;

/// <summary>A submission with everything the superior needs (docs/domain.md §9): fields, options and choice, consultation results and
/// remaining differences, the own-competence flag, the returns and the clock.</summary>
internal sealed class GetSubmissionHandler(AppDbContext db, SubmissionAccess access, IUnitDirectory units, IPeopleDirectory people, ICompetenceCatalogue catalogue,
    ICalendarService calendar, TimeProvider clock)
{
    public async Task<SubmissionDto> HandleAsync(Guid id, CancellationToken ct)
    {
        var s = await access.LoadAsync(id, ct);
        var events = await db.SubmissionEvents.AsNoTracking().Where(e => e.SubmissionId == id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var unitNames = await units.FindManyAsync([s.SubmitterUnitId, s.ToUnitId], ct);
        var names = await people.NamesAsync(events.Where(e => e.ByUserId != null).Select(e => e.ByUserId!.Value).Distinct(), ct);
        var entries = new Dictionary<Guid, CompetenceLink?>();
        foreach (var entryId in events.Where(e => e.CatalogueEntryId != null).Select(e => e.CatalogueEntryId!.Value).Append(s.OwnCompetenceEntryId ?? Guid.Empty).Distinct())
        {
            entries[entryId] = entryId == Guid.Empty ? null : await catalogue.FindEntryAsync(entryId, ct);
        }

        var matter = s.MatterCode is null ? null : await catalogue.FindMatterAsync(s.MatterCode, ct);
        var snapshot = s.ConsultationSnapshotJson is null ? null : JsonSerializer.Deserialize<ConsultationSnapshot>(s.ConsultationSnapshotJson, JsonSerializerOptions.Web);
        var cal = await calendar.GetAsync(ct);
        var clockDto = SubmissionClock.Compute(events.Select(e => (e.Kind, DateOnly.FromDateTime(VietnamTime.ToVietnam(e.AtUtc).DateTime))), clock.Today(), cal.CountWorkingDays);
        var canHandle = await access.CanHandleAsync(s, ct);
        var isOffice = s.Status != SubmissionStatus.Draft && await access.CanReviewAsync(s.ToUnitId, ct);
        var open = s.Status is SubmissionStatus.Draft or SubmissionStatus.Returned;
        return new SubmissionDto(
            s.Id, s.Title, SubmissionDto.StatusName(s.Status),
            Ref(unitNames, s.SubmitterUnitId), Ref(unitNames, s.ToUnitId),
            s.MatterCode, matter?.Name, s.LegalBasis, s.Competence, s.SubmitterView, s.Recommendation,
            JsonSerializer.Deserialize<List<SubmissionOptionDto>>(s.OptionsJson, JsonSerializerOptions.Web) ?? [],
            s.ChosenOptionIndex, s.ChoiceReason, s.ConsultationId, snapshot, snapshot?.RemainingDifferences ?? [],
            s.OwnCompetence, s.OwnCompetenceEntryId is { } own ? entries.GetValueOrDefault(own) : null,
            s.ReturnCount, VietnamTime.ToVietnam(s.CreatedAtUtc), s.FirstSubmittedAtUtc is { } f ? VietnamTime.ToVietnam(f) : null,
            clockDto,
            events.Select(e => new SubmissionEventDto(e.Sequence, KindName(e.Kind), VietnamTime.ToVietnam(e.AtUtc),
                e.ByUserId is { } by && names.TryGetValue(by, out var n) ? n : null, e.ReturnReason, e.Note,
                e.CatalogueEntryId is { } c ? entries.GetValueOrDefault(c) : null)).ToList(),
            new SubmissionActions(canHandle && open, canHandle && open, isOffice && s.Status == SubmissionStatus.Submitted, isOffice && s.Status == SubmissionStatus.Submitted));
    }

    internal static string KindName(SubmissionEventKind k) => k switch
    {
        SubmissionEventKind.Submitted => "submitted",
        SubmissionEventKind.Returned => "returned",
        _ => "accepted",
    };

    private static SubmissionUnitRef Ref(IReadOnlyDictionary<Guid, UnitDto> found, Guid id) => new(id, found.TryGetValue(id, out var u) ? u.Name : id.ToString());
}
