using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Evaluation.Innovation.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Evaluation.Innovation.ProposeInnovation;

/// <summary>docs/api.md "Evaluation: innovation proposals": what the official proposes.</summary>
internal sealed record ProposeInnovationRequest(string? Title, string? Problem, string? Proposal, string? Scope, string? ExpectedOutcome, IReadOnlyList<Guid>? TaskIds,
    Guid? ExcludedDeputyUserId);

/// <summary>
/// An official records an innovation proposal (Nghị định 73/2023/NĐ-CP): the body whose leadership decides is the proposer's unit or the
/// nearest body above it; the voters are that leadership today minus the proposer and the deputy in charge of the proposer's field; the
/// vote closes after the set number of working days on the working calendar. Every voter and the head are notified. Audited.
/// </summary>
internal sealed class ProposeInnovationHandler(AppDbContext db, InnovationProposals proposals, EvaluationAccess access, IPeopleDirectory people, ITaskSearch tasks,
    ICalendarService calendar, INotifier notifier, AuditLog audit, IOptions<EvaluationOptions> options, TimeProvider clock)
{
    public const int MaxTasks = 50;

    public async Task<InnovationProposalDto> HandleAsync(ProposeInnovationRequest r, CancellationToken ct)
    {
        var v = new Validator()
            .Require(r.Title, "title", "Tên đề xuất", 500)
            .Require(r.Problem, "problem", "Vấn đề cần giải quyết", 8000)
            .Require(r.Proposal, "proposal", "Nội dung đề xuất", 8000)
            .Require(r.Scope, "scope", "Phạm vi thực hiện", 4000)
            .Require(r.ExpectedOutcome, "expectedOutcome", "Kết quả dự kiến", 4000)
            .Check((r.TaskIds?.Count ?? 0) <= MaxTasks, "taskIds", $"Một đề xuất gắn với tối đa {MaxTasks} nhiệm vụ. / At most {MaxTasks} tasks.");
        var taskIds = (r.TaskIds ?? []).Distinct().ToList();
        foreach (var id in taskIds.Take(MaxTasks))
        {
            if (await tasks.FindVisibleAsync(id, ct) is null)
            {
                v.Add("taskIds", $"Không tìm thấy nhiệm vụ {id} trong phạm vi được xem. / Task {id} is not visible to you.");
            }
        }

        var me = access.CallerId ?? throw new ForbiddenException("Cần đăng nhập. / Sign in first.");
        var today = clock.Today();
        var unitIds = await people.UnitsOfAsync(me, today, ct);
        var body = unitIds.Count == 0 ? null : await proposals.BodyOfAsync(unitIds[0], ct);
        var leadership = body is null ? [] : await proposals.LeadershipAsync(body.Id, ct);
        if (r.ExcludedDeputyUserId is { } deputy)
        {
            v.Check(leadership.Any(l => l.UserId == deputy && l.Roles.HasFlag(OrgRole.DeputyLeader) && deputy != me), "excludedDeputyUserId",
                "Người được loại khỏi biểu quyết phải là cấp phó của cơ quan phụ trách lĩnh vực của người đề xuất. / excludedDeputyUserId must be a deputy head of the body.");
        }

        v.ThrowIfInvalid();
        if (body is null)
        {
            throw new DomainException("innovation.noBody", "Người đề xuất chưa được bố trí vào đơn vị nào. / The proposer holds no position.");
        }

        var voters = leadership.Select(l => l.UserId).Where(u => u != me && u != r.ExcludedDeputyUserId).Distinct().ToList();
        var head = await proposals.HeadOfAsync(body.Id, ct);
        if (voters.Count == 0 && (head is null || head == me))
        {
            throw new DomainException("innovation.noLeadership",
                "Cơ quan chưa có tập thể lãnh đạo để biểu quyết đề xuất. / The body has no leadership that could vote on the proposal.");
        }

        var deadline = await calendar.DueAfterWorkingDaysAsync(today, options.Value.InnovationVotingWorkingDays, ct);
        var proposal = new InnovationProposal(Guid.CreateVersion7(), me, unitIds[0], body.Id, r.Title!.Trim().Normalize(), r.Problem!.Trim().Normalize(),
            r.Proposal!.Trim().Normalize(), r.Scope!.Trim().Normalize(), r.ExpectedOutcome!.Trim().Normalize(), clock.GetUtcNow().UtcDateTime, deadline, r.ExcludedDeputyUserId);
        proposal.Voters.AddRange(voters.Select(u => new InnovationVoter(proposal.Id, u)));
        proposal.Tasks.AddRange(taskIds.Select(t => new InnovationTask(proposal.Id, t)));
        db.EvaluationInnovationProposals.Add(proposal);

        var proposer = (await people.NamesAsync([me], ct)).GetValueOrDefault(me, "");
        foreach (var u in voters.Concat(head is { } h && h != me ? [h] : []).Distinct())
        {
            notifier.Notify(new NotificationRequest(u, InnovationProposals.NotificationCategory, $"Đề xuất đổi mới, sáng tạo cần biểu quyết: {proposal.Title}",
                $"{proposer} đề xuất \"{proposal.Title}\". Tập thể lãnh đạo biểu quyết đến hết ngày {deadline:dd/MM/yyyy} (Nghị định 73/2023/NĐ-CP).",
                $"/Evaluation/Innovation/Details/{proposal.Id}", $"innovation:{proposal.Id}:proposed:{u}"));
        }

        audit.Record(InnovationProposals.AuditEntity, proposal.Id, "innovationProposed",
            new { proposal.Title, body = body.Id, voters = voters.Count, deadline, tasks = taskIds, excludedDeputy = r.ExcludedDeputyUserId });
        await db.SaveChangesAsync(ct);
        return await proposals.ToDtoAsync(proposal, ct);
    }
}
