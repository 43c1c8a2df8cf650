namespace KyCuong.Web.Modules.Citizens.Contracts;

/// <summary>
/// One item about a body that was answered: the Vietnamese date its answer was recorded and the handling deadline of its task as it
/// stands (after extensions granted), for the "answered on time" criterion of the 766 index. No personal data, no content.
/// </summary>
public sealed record FeedbackAnswerTime(DateOnly AnsweredOn, DateOnly DueDate)
{
    /// <summary>NĐ 20/2008/NĐ-CP (amended by NĐ 92/2017): answered within the handling period, the due day itself included.</summary>
    public bool OnTime => AnsweredOn <= DueDate;
}

/// <summary>What other modules may ask of the feedback portal about its time limits: when the answers of some bodies were given, against their deadlines.</summary>
public interface IFeedbackAnswerTimes
{
    /// <summary>The items about these bodies whose answer was recorded from <paramref name="from"/> to <paramref name="to"/> (Vietnam dates), each with its deadline.</summary>
    Task<IReadOnlyList<FeedbackAnswerTime>> AnsweredForBodiesAsync(IReadOnlyCollection<Guid> bodyUnitIds, DateOnly from, DateOnly to, CancellationToken ct);
}
