namespace KyCuong.Web.Modules.Citizens.Contracts;

/// <summary>One rating a sender gave to a published answer, 1 to 5 stars, on its Vietnamese date.</summary>
public sealed record FeedbackRating(DateOnly RatedOn, int Stars);

/// <summary>What other modules may ask of the feedback portal: how senders rated the answers of some bodies (no personal data).</summary>
public interface IFeedbackRatings
{
    /// <summary>The ratings of answers to items about these bodies, given from <paramref name="from"/> to <paramref name="to"/> (Vietnam dates).</summary>
    Task<IReadOnlyList<FeedbackRating>> ForBodiesAsync(IReadOnlyCollection<Guid> bodyUnitIds, DateOnly from, DateOnly to, CancellationToken ct);
}
