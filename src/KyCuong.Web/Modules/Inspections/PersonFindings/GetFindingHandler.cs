using KyCuong.Web.Modules.Inspections.Contracts;
using KyCuong.Web.Modules.Inspections.GetInspection;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Inspections.PersonFindings;

/// <summary>One finding with the person it names and the decision on it; <c>canReview</c> for the page's form.</summary>
internal sealed record PersonFindingView(Guid Id, Guid InspectionId, string InspectionTitle, Guid UnitId, string? Topic, string Text, DateTime RecordedAt,
    PersonRef? Person, FindingReviewView? Review, bool CanReview);

/// <summary>A finding read on its own, and the findings about one person (through <see cref="IInspectionFindingsReader"/>).</summary>
internal sealed class GetFindingHandler(InspectionAccess inspections, PersonFindingAccess personFindings, IInspectionFindingsReader reader, IPeopleDirectory people,
    TimeProvider clock)
{
    /// <summary>The longest span one request may cover.</summary>
    public const int MaxDays = 366;

    internal static NotFoundException NotFound() => new("Không tìm thấy nội dung ghi nhận. / Finding not found.");

    public async Task<PersonFindingView> HandleAsync(Guid id, Guid findingId, CancellationToken ct)
    {
        var i = await inspections.LoadAsync(id, ct, tracking: false);
        var f = i.Findings.FirstOrDefault(x => x.Id == findingId);
        if (f is null || !await personFindings.CanSeeAsync(i, f, ct))
        {
            throw NotFound();
        }

        var person = f.PersonUserId is { } p ? new PersonRef(p, (await people.NamesAsync([p], ct)).GetValueOrDefault(p) ?? "") : null;
        return new PersonFindingView(f.Id, i.Id, i.Title, f.UnitId, f.Topic, f.Text, f.RecordedAtUtc, person, FindingReviewView.Of(f),
            f.ReviewDecision is null && await personFindings.CanReviewAsync(f, ct));
    }

    /// <summary>
    /// The findings about the person in the span (default: this calendar year) the caller may see; 404 when the caller may see nothing
    /// about the person at all (neither the person, a manager, an administrator, nor the head of a team that recorded one).
    /// </summary>
    public async Task<IReadOnlyList<PersonFinding>> AboutAsync(Guid? personUserId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today();
        var start = from ?? new DateOnly(today.Year, 1, 1);
        var end = to ?? new DateOnly(today.Year, 12, 31);
        new Validator()
            .Check(personUserId is { } u && u != Guid.Empty, "personUserId", "Cần người được nêu. / personUserId is required.")
            .Check(start <= end, "to", "Ngày kết thúc không trước ngày bắt đầu. / to must not be before from.")
            .Check(end.DayNumber - start.DayNumber < MaxDays, "to", $"Tối đa {MaxDays} ngày mỗi lần. / At most {MaxDays} days per request.")
            .ThrowIfInvalid();
        var person = personUserId!.Value;
        var found = await reader.AboutAsync(person, start, end, ct);
        if (found.Count == 0 && !(await personFindings.SeesAllAboutAsync(person, ct) && (await personFindings.PositionsAsync(person, ct)).Count > 0))
        {
            throw new NotFoundException("Không tìm thấy người được nêu. / No such person.");
        }

        return found;
    }
}
