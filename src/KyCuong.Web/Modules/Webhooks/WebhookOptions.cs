using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Webhooks;

/// <summary>Settings of outgoing webhooks (section <c>Webhooks</c>, docs/operations.md).</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Failed attempts in a row (over all deliveries of a subscription) after which it is disabled and its administrator told.</summary>
    [Range(1, 1000)]
    public int DisableAfterFailures { get; set; } = 10;

    /// <summary>
    /// Attempts of one delivery before it is marked failed (the outbox waits 1, 2, 4 … minutes between them, Platform/Outbox);
    /// kept below the outbox's own <c>Outbox:MaxAttempts</c> so the delivery log, not the outbox, says the last word.
    /// </summary>
    [Range(1, 100)]
    public int MaxAttemptsPerDelivery { get; set; } = 8;

    /// <summary>How long one POST may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Deliveries one claim of the outbox takes and sends together (one read, one save). The outbox lease (<c>Outbox:Lease</c>,
    /// 15 minutes) must outlast the slowest batch: a subscription has at most <see cref="DisableAfterFailures"/> POSTs in flight,
    /// so 256 deliveries to one receiver that answers just inside <see cref="Timeout"/> take 26 rounds of 10 s, about 4 minutes.
    /// </summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 256;

    /// <summary>POSTs in flight at once on this node, over all subscriptions (one pooled connection each at most).</summary>
    [Range(1, 1024)]
    public int Parallelism { get; set; } = 32;

    /// <summary>How long a node trusts its list of subscribed event kinds before reading it again (other nodes' new subscriptions).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SubscribedKindsCache { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How far back the overdue job looks for tasks whose deadline passed: a subscription made today hears of tasks that turned
    /// overdue in these last days, not of every old overdue task at once.
    /// </summary>
    [Range(1, 366)]
    public int OverdueLookbackDays { get; set; } = 7;

    /// <summary>Tasks turned overdue that one run of the overdue job records at most (the rest wait for the next run).</summary>
    [Range(1, 1_000_000)]
    public int OverdueBatch { get; set; } = 5000;

    /// <summary>
    /// Whether a subscription may point to a loopback, link-local or private address (docs/domain.md "Webhooks: safe targets").
    /// Off by default: such a URL is refused at subscription and, after DNS resolution, at every send. Tests and the bench turn
    /// it on for their receiver on loopback; an agency whose receivers live on its own network may too, knowing the risk.
    /// </summary>
    public bool AllowPrivateTargets { get; set; }
}
