using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Platform.Outbox;

/// <summary>Settings of the drainer (section <c>Outbox</c>).</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>After this many failed attempts a message is marked failed and retried only by an administrator.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 12;

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// Upper bound of batches in one run, so one run ends even while new messages keep arriving: 10,000 messages, about
    /// a minute of work (docs/performance.md, "Deadline engine").
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxBatchesPerRun { get; set; } = 500;

    /// <summary>
    /// How long a claimed message is hidden from other drainers; a node that dies mid-batch frees it after this. It must
    /// exceed the longest batch (a batch of 20 e-mails against a mail server timing out at 15 s takes 5 minutes).
    /// </summary>
    /// <summary>
    /// Batches of a topic whose handler allows it (<see cref="IOutboxBatchHandler.Parallel"/>: the notices) claimed and
    /// handled at once on this node, each on its own connection, so the node's work and the database's overlap
    /// (docs/performance.md "Notices: fewer writes, several drainers"). PostgreSQL only: SQLite has one writer and drains
    /// one batch at a time.
    /// </summary>
    [Range(1, 16)]
    public int Drainers { get; set; } = 2;

    /// <summary>
    /// Days a processed message stays in <c>sys_outbox</c> before the job <c>outbox.purge</c> deletes it (e-mails, webhook
    /// deliveries; handled notices are deleted at once, their inbox entry being the record). Administrators see the processed
    /// messages kept, not all ever processed.
    /// </summary>
    [Range(1, 3650)]
    public int RetainProcessedDays { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(15);
}
