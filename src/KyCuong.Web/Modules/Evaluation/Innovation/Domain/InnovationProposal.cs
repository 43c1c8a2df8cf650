namespace KyCuong.Web.Modules.Evaluation.Innovation.Domain;

/// <summary>Where a proposal stands (docs/domain.md "Evaluation: innovation proposals"). Lapsed is never stored: it is read from the deadline.</summary>
internal enum ProposalStatus
{
    Voting,
    Approved,
    Rejected,
}

/// <summary>
/// An official's innovation proposal (đề xuất đổi mới, sáng tạo, Nghị định 73/2023/NĐ-CP): the problem, the proposal, its scope
/// and expected outcome, the tasks it covers, and the body's collective leadership that votes on it. The voters are fixed when the
/// proposal is recorded (the leadership of that day, minus the proposer and the deputy in charge of the proposer's field), so a later
/// change of posts cannot change the count a vote needs.
/// </summary>
internal sealed class InnovationProposal
{
    private InnovationProposal()
    {
    }

    public InnovationProposal(Guid id, Guid proposerUserId, Guid proposerUnitId, Guid bodyUnitId, string title, string problem, string proposal, string scope,
        string expectedOutcome, DateTime submittedAtUtc, DateOnly voteDeadline, Guid? excludedDeputyUserId)
    {
        Id = id;
        ProposerUserId = proposerUserId;
        ProposerUnitId = proposerUnitId;
        BodyUnitId = bodyUnitId;
        Title = title;
        Problem = problem;
        Proposal = proposal;
        Scope = scope;
        ExpectedOutcome = expectedOutcome;
        SubmittedAtUtc = submittedAtUtc;
        VoteDeadline = voteDeadline;
        ExcludedDeputyUserId = excludedDeputyUserId;
    }

    public Guid Id { get; private set; }

    public Guid ProposerUserId { get; private set; }

    public Guid ProposerUnitId { get; private set; }

    /// <summary>The body (cơ quan) whose collective leadership decides: the proposer's unit or the nearest unit above it that is a body.</summary>
    public Guid BodyUnitId { get; private set; }

    public string Title { get; private set; } = "";

    public string Problem { get; private set; } = "";

    public string Proposal { get; private set; } = "";

    public string Scope { get; private set; } = "";

    public string ExpectedOutcome { get; private set; } = "";

    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>The last day of the vote: the submission day plus the working days of the setting, on the working calendar.</summary>
    public DateOnly VoteDeadline { get; private set; }

    /// <summary>The deputy in charge of the proposer's field, who does not vote on it.</summary>
    public Guid? ExcludedDeputyUserId { get; private set; }

    public ProposalStatus Status { get; private set; }

    /// <summary><c>vote</c> (the leadership's majority) or <c>head</c> (the head alone, in writing).</summary>
    public string? DecidedBy { get; private set; }

    public Guid? DeciderUserId { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public string? DecisionNumber { get; private set; }

    public DateOnly? DecisionDate { get; private set; }

    public string? DecisionReason { get; private set; }

    /// <summary>When the proposer and the head were told that the vote lapsed (once; set by the <c>evaluation.innovationLapse</c> job's claim).</summary>
    public DateTime? LapseNotifiedAtUtc { get; private set; }

    public List<InnovationVoter> Voters { get; private set; } = [];

    public List<InnovationTask> Tasks { get; private set; } = [];

    /// <summary>Not decided and the deadline has passed: flagged to the head, never approved by silence.</summary>
    public bool IsLapsed(DateOnly today) => Status == ProposalStatus.Voting && today > VoteDeadline;

    public void DecideByVote(bool approved, DateTime atUtc)
    {
        Status = approved ? ProposalStatus.Approved : ProposalStatus.Rejected;
        DecidedBy = "vote";
        DecidedAtUtc = atUtc;
    }

    public void DecideByHead(bool approved, Guid headUserId, string decisionNumber, DateOnly date, string reason, DateTime atUtc)
    {
        Status = approved ? ProposalStatus.Approved : ProposalStatus.Rejected;
        DecidedBy = "head";
        DeciderUserId = headUserId;
        DecisionNumber = decisionNumber;
        DecisionDate = date;
        DecisionReason = reason;
        DecidedAtUtc = atUtc;
    }
}

/// <summary>A member of the collective leadership entitled to vote on the proposal, and their vote once cast.</summary>
internal sealed class InnovationVoter
{
    private InnovationVoter()
    {
    }

    public InnovationVoter(Guid proposalId, Guid userId)
    {
        ProposalId = proposalId;
        UserId = userId;
    }

    public Guid ProposalId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>Null until the member votes; true for, false against.</summary>
    public bool? InFavour { get; private set; }

    public string? Comment { get; private set; }

    public DateTime? VotedAtUtc { get; private set; }

    public void Cast(bool inFavour, string? comment, DateTime atUtc)
    {
        InFavour = inFavour;
        Comment = comment;
        VotedAtUtc = atUtc;
    }
}

/// <summary>A task the proposal covers: once approved, its delays and quality deductions do not count against the proposer.</summary>
internal sealed class InnovationTask
{
    private InnovationTask()
    {
    }

    public InnovationTask(Guid proposalId, Guid taskId)
    {
        ProposalId = proposalId;
        TaskId = taskId;
    }

    public Guid ProposalId { get; private set; }

    public Guid TaskId { get; private set; }
}

/// <summary>
/// The count of the collective vote (Nghị định 73/2023/NĐ-CP Điều 8 khoản 1: passed when more than half of the votes are in favour): approved as soon
/// as those in favour are more than half of the members; rejected as soon as that can no longer happen; otherwise still open.
/// </summary>
internal static class InnovationTally
{
    /// <summary>Votes in favour needed: the smallest number that is more than half of the members.</summary>
    public static int Needed(int members) => members / 2 + 1;

    public static ProposalStatus Outcome(int members, int inFavour, int against)
    {
        if (members <= 0)
        {
            return ProposalStatus.Voting;
        }

        if (inFavour >= Needed(members))
        {
            return ProposalStatus.Approved;
        }

        return members - against < Needed(members) ? ProposalStatus.Rejected : ProposalStatus.Voting;
    }
}
