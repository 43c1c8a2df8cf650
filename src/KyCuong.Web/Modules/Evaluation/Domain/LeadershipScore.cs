namespace KyCuong.Web.Modules.Evaluation.Domain;

/// <summary>
/// Criteria đ (capacity to organise implementation) and e (capacity to rally and unite) of a leader for one period, as fractions
/// 0–1, scored by the leader's own superior (Nghị định 335/2025; docs/domain.md "Evaluation: leaders").
/// </summary>
internal sealed class LeadershipScore
{
    private LeadershipScore()
    {
    }

    public LeadershipScore(Guid id, Guid userId, string periodKey)
    {
        Id = id;
        UserId = userId;
        PeriodKey = periodKey;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string PeriodKey { get; private set; } = "";

    public decimal Organise { get; private set; }

    public decimal Rally { get; private set; }

    public string? Comment { get; private set; }

    public Guid? ByUserId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public void Set(decimal organise, decimal rally, string? comment, Guid? byUserId, DateTime atUtc)
    {
        Organise = organise;
        Rally = rally;
        Comment = comment;
        ByUserId = byUserId;
        AtUtc = atUtc;
    }
}
