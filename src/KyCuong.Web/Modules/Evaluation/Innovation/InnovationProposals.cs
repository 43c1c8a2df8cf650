using KyCuong.Web.Modules.Evaluation.Innovation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Evaluation.Innovation;

/// <summary>A member of the leadership and their vote (null until cast).</summary>
internal sealed record InnovationVoterDto(Guid UserId, string Name, string? Vote, string? Comment, DateTimeOffset? VotedAt);

/// <summary>The head's written decision, or the vote that decided.</summary>
internal sealed record InnovationDecisionDto(string By, Guid? DeciderUserId, string? DeciderName, string? DecisionNumber, DateOnly? Date, string? Reason,
    DateTimeOffset DecidedAt);

internal sealed record InnovationTaskDto(Guid TaskId, string Title);

/// <summary>docs/api.md "Evaluation: innovation proposals".</summary>
internal sealed record InnovationProposalDto(Guid Id, string Title, string Problem, string Proposal, string Scope, string ExpectedOutcome, Guid ProposerUserId,
    string ProposerName, Guid BodyUnitId, string BodyName, DateTimeOffset SubmittedAt, DateOnly VoteDeadline, string Status, string StatusLabel, int Members,
    int Needed, int InFavour, int Against, IReadOnlyList<InnovationVoterDto> Voters, Guid? ExcludedDeputyUserId, string? ExcludedDeputyName,
    IReadOnlyList<InnovationTaskDto> Tasks, InnovationDecisionDto? Decision, bool CanVote, bool CanDecide);

internal sealed record InnovationListDto(IReadOnlyList<InnovationProposalDto> Items, int Page, int PageSize, int Total);

/// <summary>
/// What the innovation use cases share (docs/domain.md "Evaluation: innovation proposals"): the body whose leadership decides, who may
/// read a proposal (the proposer, the body's leaders, the personnel office at or above the body, administrators; anyone else 404) and the
/// proposal as the API shows it.
/// </summary>
internal sealed class InnovationProposals(AppDbContext db, IPeopleDirectory people, IUnitDirectory units, EvaluationAccess access, ITaskSearch tasks, TimeProvider clock)
{
    public const string NotificationCategory = "innovation";

    public const string AuditEntity = "innovationProposal";

    private static readonly UnitKind[] BodyKinds = [UnitKind.Government, UnitKind.Ministry, UnitKind.Province, UnitKind.Commune, UnitKind.Department, UnitKind.PublicServiceUnit];

    /// <summary>The body (cơ quan, đơn vị) of a unit: the unit itself when it is one, else the nearest unit above it that is.</summary>
    public async Task<UnitDto?> BodyOfAsync(Guid unitId, CancellationToken ct)
    {
        var unit = await units.FindAsync(unitId, ct);
        for (var i = 0; unit is not null && i < 20; i++)
        {
            if (BodyKinds.Contains(unit.Kind) || unit.ParentId is null)
            {
                return unit;
            }

            unit = await units.FindAsync(unit.ParentId.Value, ct);
        }

        return unit;
    }

    /// <summary>The body's collective leadership today: its head and deputy heads.</summary>
    public async Task<IReadOnlyList<PersonPosition>> LeadershipAsync(Guid bodyUnitId, CancellationToken ct) =>
        (await people.PeopleInAsync([bodyUnitId], clock.Today(), ct))
            .Where(p => p.Roles.HasFlag(OrgRole.Leader) || p.Roles.HasFlag(OrgRole.DeputyLeader))
            .DistinctBy(p => p.UserId).ToList();

    /// <summary>The head who may decide alone in writing: the body's leader (a deputy only where the body has no leader).</summary>
    public async Task<Guid?> HeadOfAsync(Guid bodyUnitId, CancellationToken ct) => (await people.HeadOfAsync(bodyUnitId, clock.Today(), ct))?.UserId;

    public async Task<bool> CanReadAsync(InnovationProposal p, CancellationToken ct)
    {
        if (access.CallerId is not { } me)
        {
            return false;
        }

        if (me == p.ProposerUserId || p.Voters.Any(v => v.UserId == me) || p.ExcludedDeputyUserId == me)
        {
            return true;
        }

        if ((await LeadershipAsync(p.BodyUnitId, ct)).Any(l => l.UserId == me))
        {
            return true;
        }

        return await access.IsPersonnelOfficeOfUnitAsync(p.BodyUnitId, ct);
    }

    /// <summary>The proposal with its voters and tasks, or 404 when it does not exist or is outside the caller's view.</summary>
    public async Task<InnovationProposal> LoadVisibleAsync(Guid id, bool track, CancellationToken ct)
    {
        var query = db.EvaluationInnovationProposals.Include(p => p.Voters).Include(p => p.Tasks).AsSplitQuery();
        var p = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null || !await CanReadAsync(p, ct))
        {
            throw new NotFoundException("Không tìm thấy đề xuất. / No such innovation proposal.");
        }

        return p;
    }

    public static string StatusOf(InnovationProposal p, DateOnly today) => p.IsLapsed(today) ? "lapsed" : p.Status switch
    {
        ProposalStatus.Approved => "approved",
        ProposalStatus.Rejected => "rejected",
        _ => "voting",
    };

    public static string StatusLabel(string status) => status switch
    {
        "approved" => "Đã thông qua",
        "rejected" => "Không thông qua",
        "lapsed" => "Quá hạn biểu quyết — chờ người đứng đầu quyết định",
        _ => "Đang lấy biểu quyết",
    };

    public async Task<InnovationProposalDto> ToDtoAsync(InnovationProposal p, CancellationToken ct) => (await ToDtosAsync([p], ct))[0];

    /// <summary>
    /// The proposals as the API shows them, in their order. What they name is read in one batch per kind for the whole page (names, bodies,
    /// linked tasks the caller may see, the bodies' heads), so a page costs the same few queries whatever its size.
    /// </summary>
    public async Task<IReadOnlyList<InnovationProposalDto>> ToDtosAsync(IReadOnlyList<InnovationProposal> proposals, CancellationToken ct)
    {
        if (proposals.Count == 0)
        {
            return [];
        }

        var today = clock.Today();
        var userIds = new HashSet<Guid>();
        foreach (var p in proposals)
        {
            userIds.UnionWith(p.Voters.Select(v => v.UserId));
            userIds.Add(p.ProposerUserId);
            if (p.ExcludedDeputyUserId is { } ex)
            {
                userIds.Add(ex);
            }

            if (p.DeciderUserId is { } decider)
            {
                userIds.Add(decider);
            }
        }

        var bodyIds = proposals.Select(p => p.BodyUnitId).Distinct().ToList();
        var names = await people.NamesAsync(userIds, ct);
        var bodies = await units.FindManyAsync(bodyIds, ct);
        var taskIds = proposals.SelectMany(p => p.Tasks.Select(t => t.TaskId)).Distinct().ToList();
        var visibleTasks = taskIds.Count == 0 ? new Dictionary<Guid, TaskSearchHit>() : await tasks.FindVisibleManyAsync(taskIds, ct);
        var me = access.CallerId;
        // The head decides alone on an open proposal: only then is the head asked for, once for every body of the page.
        var openBodies = me is null ? [] : proposals.Where(p => p.Status == ProposalStatus.Voting && p.ProposerUserId != me).Select(p => p.BodyUnitId).Distinct().ToList();
        var heads = openBodies.Count == 0 ? new Dictionary<Guid, PersonPosition>() : await people.HeadsOfAsync(openBodies, today, ct);
        return proposals.Select(p => ToDto(p, today, me, names, bodies.GetValueOrDefault(p.BodyUnitId)?.Name ?? "", visibleTasks,
            heads.GetValueOrDefault(p.BodyUnitId)?.UserId)).ToList();
    }

    private static InnovationProposalDto ToDto(InnovationProposal p, DateOnly today, Guid? me, IReadOnlyDictionary<Guid, string> names, string bodyName,
        IReadOnlyDictionary<Guid, TaskSearchHit> visibleTasks, Guid? head)
    {
        var status = StatusOf(p, today);
        var taskDtos = p.Tasks.OrderBy(t => t.TaskId)
            .Select(t => new InnovationTaskDto(t.TaskId, visibleTasks.GetValueOrDefault(t.TaskId)?.Title ?? "(nhiệm vụ ngoài phạm vi được xem)")).ToList();
        var open = p.Status == ProposalStatus.Voting;
        var canVote = open && !p.IsLapsed(today) && p.Voters.Any(v => v.UserId == me && v.InFavour is null);
        var canDecide = open && me is { } m && m != p.ProposerUserId && head == m;
        var members = p.Voters.Count;
        var decision = p.DecidedBy is null || p.DecidedAtUtc is null ? null : new InnovationDecisionDto(p.DecidedBy, p.DeciderUserId,
            p.DeciderUserId is { } d ? names.GetValueOrDefault(d) : null, p.DecisionNumber, p.DecisionDate, p.DecisionReason, VietnamTime.ToVietnam(p.DecidedAtUtc.Value));
        return new InnovationProposalDto(p.Id, p.Title, p.Problem, p.Proposal, p.Scope, p.ExpectedOutcome, p.ProposerUserId, names.GetValueOrDefault(p.ProposerUserId, ""),
            p.BodyUnitId, bodyName, VietnamTime.ToVietnam(p.SubmittedAtUtc), p.VoteDeadline, status, StatusLabel(status), members, InnovationTally.Needed(members),
            p.Voters.Count(v => v.InFavour == true), p.Voters.Count(v => v.InFavour == false),
            p.Voters.OrderBy(v => names.GetValueOrDefault(v.UserId, ""), StringComparer.Ordinal).Select(v => new InnovationVoterDto(v.UserId, names.GetValueOrDefault(v.UserId, ""),
                v.InFavour switch { true => "for", false => "against", null => null }, v.Comment, v.VotedAtUtc is { } at ? VietnamTime.ToVietnam(at) : null)).ToList(),
            p.ExcludedDeputyUserId, p.ExcludedDeputyUserId is { } x ? names.GetValueOrDefault(x) : null, taskDtos, decision, canVote, canDecide);
    }
}
