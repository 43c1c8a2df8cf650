using KyCuong.Web.Modules.Evaluation.Innovation.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Evaluation.Innovation.VoteOnInnovation;

/// <summary>docs/api.md "Evaluation: innovation proposals": <c>{"approve","comment"}</c>.</summary>
internal sealed record VoteRequest(bool? Approve, string? Comment);

/// <summary>
/// A member of the body's leadership votes on a proposal (Nghị định 73/2023/NĐ-CP): once, within the deadline, never the proposer or the
/// excluded deputy. The proposal is approved as soon as those in favour are more than half of the members, rejected as soon as that can
/// no longer happen; the proposer is told either way. A vote after the deadline is refused: the head then decides alone in writing.
/// </summary>
internal sealed class VoteOnInnovationHandler(AppDbContext db, InnovationProposals proposals, EvaluationAccess access, INotifier notifier, AuditLog audit, TimeProvider clock)
{
    public async Task<InnovationProposalDto> HandleAsync(Guid id, VoteRequest r, CancellationToken ct)
    {
        new Validator()
            .Check(r.Approve is not null, "approve", "Cần chọn đồng ý hoặc không đồng ý. / approve is required.")
            .MaxLength(r.Comment, "comment", "Ý kiến", 2000)
            .ThrowIfInvalid();
        var p = await proposals.LoadVisibleAsync(id, track: true, ct);
        var me = access.CallerId;
        var voter = p.Voters.FirstOrDefault(v => v.UserId == me)
            ?? throw new ForbiddenException("Chỉ thành viên tập thể lãnh đạo có quyền biểu quyết mới biểu quyết đề xuất này. / Only the voting members of the leadership vote.");
        if (p.Status != ProposalStatus.Voting)
        {
            throw new DomainException("innovation.alreadyDecided", "Đề xuất đã được quyết định. / The proposal has been decided.");
        }

        if (p.IsLapsed(clock.Today()))
        {
            throw new DomainException("innovation.votingClosed",
                $"Đã hết hạn biểu quyết ngày {p.VoteDeadline:dd/MM/yyyy}; người đứng đầu quyết định bằng văn bản. / The vote closed; the head decides in writing.");
        }

        if (voter.InFavour is not null)
        {
            throw new DomainException("innovation.alreadyVoted", "Đồng chí đã biểu quyết đề xuất này. / You have already voted.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        voter.Cast(r.Approve!.Value, string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim().Normalize(), now);
        var outcome = InnovationTally.Outcome(p.Voters.Count, p.Voters.Count(v => v.InFavour == true), p.Voters.Count(v => v.InFavour == false));
        audit.Record(InnovationProposals.AuditEntity, p.Id, "innovationVoted", new { approve = r.Approve, outcome = outcome.ToString() });
        if (outcome != ProposalStatus.Voting)
        {
            p.DecideByVote(outcome == ProposalStatus.Approved, now);
            NotifyProposer(notifier, p);
        }

        await db.SaveChangesAsync(ct);
        return await proposals.ToDtoAsync(p, ct);
    }

    /// <summary>The proposer learns the outcome, whichever way it was reached.</summary>
    internal static void NotifyProposer(INotifier notifier, InnovationProposal p)
    {
        var approved = p.Status == ProposalStatus.Approved;
        var how = p.DecidedBy == "head" ? $"theo Quyết định số {p.DecisionNumber} của người đứng đầu" : "theo biểu quyết của tập thể lãnh đạo";
        notifier.Notify(new NotificationRequest(p.ProposerUserId, InnovationProposals.NotificationCategory,
            approved ? $"Đề xuất đã được thông qua: {p.Title}" : $"Đề xuất không được thông qua: {p.Title}",
            approved
                ? $"Đề xuất \"{p.Title}\" đã được thông qua {how}. Các nhiệm vụ gắn với đề xuất được bảo vệ theo Nghị định 73/2023/NĐ-CP khi đánh giá."
                : $"Đề xuất \"{p.Title}\" không được thông qua {how}.",
            $"/Evaluation/Innovation/Details/{p.Id}", $"innovation:{p.Id}:decided"));
    }
}
