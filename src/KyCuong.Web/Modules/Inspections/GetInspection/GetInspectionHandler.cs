using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Inspections.GetInspection;

internal sealed record UnitRef(Guid Id, string Name);

internal sealed record PersonRef(Guid UserId, string FullName);

/// <summary>A line of the working record; <c>person</c> and <c>review</c> only on a finding about an official, shown to those it concerns.</summary>
internal sealed record FindingView(Guid Id, Guid UnitId, string? Topic, string Text, DateTime RecordedAt, IReadOnlyList<EvidenceView> Evidence,
    PersonRef? Person = null, FindingReviewView? Review = null, bool CanReview = false);

/// <summary>The competent leader's discipline-review decision on a finding about an official (docs/domain.md "Checks of official duties: findings about people").</summary>
internal sealed record FindingReviewView(string Decision, string DecisionLabel, string? DecisionNumber, DateOnly DecidedOn, string Reason, DateTime RecordedAt)
{
    public static FindingReviewView? Of(InspectionFinding f) => f.ReviewDecision is { } d && f.ReviewDecidedOn is { } on
        ? new FindingReviewView(d, FindingReview.Label(d), f.ReviewDecisionNumber, on, f.ReviewReason ?? "", f.ReviewedAtUtc ?? default)
        : null;
}

/// <summary>A file attached to a finding; its content at <c>GET …/evidence/{id}</c>.</summary>
internal sealed record EvidenceView(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt);

internal sealed record ExplanationView(Guid Id, Guid UnitId, string Text, DateTime At);

/// <summary>A remedy with its task as the Tasks module has it now (state and due date after any extension).</summary>
internal sealed record RemedyView(Guid Id, Guid UnitId, string Text, int WorkingDays, DateOnly? DueDate, Guid? TaskId, string? TaskState, string Verification,
    string? VerificationNote, DateTime? VerifiedAt);

internal sealed record ConclusionView(string Text, DateTime ConcludedAt, IReadOnlyList<RemedyView> Remedies);

/// <summary>What the caller may do now, for the page's buttons.</summary>
internal sealed record InspectionActions(bool CanStart, bool CanRecordFindings, bool CanConclude, bool CanVerify, IReadOnlyList<Guid> ExplainableUnitIds);

internal sealed record InspectionDetails(
    Guid Id, string Title, string Status, string StatusLabel, bool Surprise, DateOnly PlannedStart, UnitRef OrderingUnit, IReadOnlyList<Guid> CheckedUnitIds,
    IReadOnlyList<UnitRef> CheckedUnits, IReadOnlyList<Guid> TeamUserIds, IReadOnlyList<PersonRef> Team, IReadOnlyList<string> Topics, DateTime CreatedAt,
    DateTime? StartedAt, IReadOnlyList<FindingView> Findings, IReadOnlyList<ExplanationView> Explanations, ConclusionView? Conclusion, InspectionActions Actions,
    PlanLineRef? PlanLine = null, Guid? TeamLeaderUserId = null);

/// <summary>The line of the yearly plan this check carries out (docs/domain.md "Checks of official duties: plans and evidence").</summary>
internal sealed record PlanLineRef(Guid PlanId, Guid LineId, int Month);

internal sealed class GetInspectionHandler(AppDbContext db, InspectionAccess inspections, PersonFindingAccess personFindings, IUnitDirectory units,
    IPeopleDirectory people, ITaskDeadlines tasks, InspectionPlanAccess plans)
{
    public async Task<InspectionDetails> HandleAsync(Guid id, CancellationToken ct)
    {
        var i = await inspections.LoadAsync(id, ct, tracking: false);
        var unitIds = i.CheckedUnits.Select(c => c.UnitId).Append(i.OrderingUnitId).Distinct().ToList();
        var unitNames = await units.FindManyAsync(unitIds, ct);
        // A finding about an official is shown only to those it concerns (PersonFindingAccess); to anyone else it is not in the record.
        var shown = new List<InspectionFinding>();
        var reviewable = new HashSet<Guid>();
        foreach (var f in i.Findings.OrderBy(f => f.RecordedAtUtc).ThenBy(f => f.Id))
        {
            if (await personFindings.CanSeeAsync(i, f, ct))
            {
                shown.Add(f);
                if (f.ReviewDecision is null && await personFindings.CanReviewAsync(f, ct))
                {
                    reviewable.Add(f.Id);
                }
            }
        }

        var personNames = await people.NamesAsync(i.Team.Select(t => t.UserId).Concat(shown.Where(f => f.PersonUserId is not null).Select(f => f.PersonUserId!.Value)).Distinct(), ct);
        var taskIds = i.Remedies.Where(r => r.TaskId is not null).Select(r => r.TaskId!.Value).ToList();
        var taskRows = taskIds.Count == 0 ? new Dictionary<Guid, TaskChaseInfo>() : await tasks.FindManyAsync(taskIds, ct);
        string Name(Guid u) => unitNames.TryGetValue(u, out var x) ? x.Name : "";
        var canRun = await inspections.CanRunAsync(i, ct);
        var canConclude = await inspections.CanConcludeAsync(i, ct);
        var actions = new InspectionActions(
            canRun && i.Status == InspectionStatus.Planned,
            canRun && i.Status is InspectionStatus.Started or InspectionStatus.FindingsRecorded or InspectionStatus.Explained,
            canConclude && i.Status is InspectionStatus.FindingsRecorded or InspectionStatus.Explained,
            canRun && i.Status == InspectionStatus.Concluded,
            i.Status is InspectionStatus.FindingsRecorded or InspectionStatus.Explained
                ? (await inspections.ExplainableUnitsAsync(i, ct)).Where(u => i.Explanations.All(e => e.UnitId != u)).ToList()
                : []);
        var conclusion = i.Conclusion is null || i.ConcludedAtUtc is null
            ? null
            : new ConclusionView(i.Conclusion, i.ConcludedAtUtc.Value, i.Remedies.OrderBy(r => r.Id).Select(r =>
            {
                var t = r.TaskId is { } tid && taskRows.TryGetValue(tid, out var row) ? row : null;
                return new RemedyView(r.Id, r.UnitId, r.Text, r.WorkingDays, t?.DueDate ?? r.DueDate, r.TaskId, t?.State, r.Verification, r.VerificationNote,
                    r.VerifiedAtUtc);
            }).ToList());
        var evidence = (await db.InspectionEvidence.AsNoTracking().Where(e => e.InspectionId == i.Id)
                .Select(e => new { e.Id, e.FindingId, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedAtUtc }).ToListAsync(ct))
            .OrderBy(e => e.UploadedAtUtc).ThenBy(e => e.Id)
            .ToLookup(e => e.FindingId, e => new EvidenceView(e.Id, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedAtUtc));
        var planLine = i.PlanLineId is { } lineId
            ? await db.Set<InspectionPlanLine>().AsNoTracking().Where(l => l.Id == lineId).Select(l => new PlanLineRef(l.PlanId, l.Id, l.Month)).FirstOrDefaultAsync(ct)
            : null;
        // The plan is named only to those who may open it: a checked unit sees a surprise check once it has started, but not
        // the plan that scheduled it (InspectionPlanAccess), so a link there would lead to "not found".
        if (planLine is { } line && !await (await plans.VisibleAsync(ct)).AnyAsync(p => p.Id == line.PlanId, ct))
        {
            planLine = null;
        }
        return new InspectionDetails(i.Id, i.Title, i.Status, InspectionStatus.Label(i.Status), i.Surprise, i.PlannedStart,
            new UnitRef(i.OrderingUnitId, Name(i.OrderingUnitId)),
            i.CheckedUnits.Select(c => c.UnitId).ToList(),
            i.CheckedUnits.Select(c => new UnitRef(c.UnitId, Name(c.UnitId))).ToList(),
            i.Team.Select(t => t.UserId).ToList(),
            i.Team.Select(t => new PersonRef(t.UserId, personNames.GetValueOrDefault(t.UserId) ?? "")).ToList(),
            i.Topics.OrderBy(t => t.Position).Select(t => t.Text).ToList(),
            i.CreatedAtUtc, i.StartedAtUtc,
            shown.Select(f => new FindingView(f.Id, f.UnitId, f.Topic, f.Text, f.RecordedAtUtc, evidence[f.Id].ToList(),
                f.PersonUserId is { } p ? new PersonRef(p, personNames.GetValueOrDefault(p) ?? "") : null, FindingReviewView.Of(f), reviewable.Contains(f.Id))).ToList(),
            i.Explanations.OrderBy(e => e.AtUtc).Select(e => new ExplanationView(e.Id, e.UnitId, e.Text, e.AtUtc)).ToList(),
            conclusion, actions, planLine, i.TeamLeaderUserId);
    }
}
