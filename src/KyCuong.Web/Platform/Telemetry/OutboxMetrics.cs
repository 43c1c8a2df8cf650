using System.Diagnostics.Metrics;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Telemetry;

/// <summary>
/// The outbox's figures (meter <c>KyCuong.Outbox</c>): messages waiting, the age of the oldest one waiting, and messages
/// whose attempts ran out. Read from the database when metrics are collected (<see cref="RefreshAsync"/>), so every node
/// reports the shared queue as it is (ADR 0006; docs/operations.md).
/// </summary>
internal sealed class OutboxMetrics
{
    public const string MeterName = "KyCuong.Outbox";

    private readonly TimeProvider _clock;
    private long _pending;
    private long _failed;
    private double _oldestAge;

    public OutboxMetrics(IMeterFactory meters, TimeProvider clock)
    {
        _clock = clock;
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("kycuong.outbox.pending", () => Interlocked.Read(ref _pending), "{message}", "Messages waiting to be handled.");
        meter.CreateObservableGauge("kycuong.outbox.oldest_pending_age", () => Volatile.Read(ref _oldestAge), "s", "Age of the oldest message waiting.");
        meter.CreateObservableGauge("kycuong.outbox.failed", () => Interlocked.Read(ref _failed), "{message}", "Messages whose attempts ran out (retried only by hand).");
    }

    /// <summary>Reads the queue's figures from the database.</summary>
    public async Task RefreshAsync(AppDbContext db, CancellationToken ct)
    {
        var waiting = db.OutboxMessages.AsNoTracking().Where(m => m.ProcessedAtUtc == null && m.FailedAtUtc == null);
        var pending = await waiting.LongCountAsync(ct);
        var oldest = pending == 0 ? (DateTime?)null : await waiting.MinAsync(m => (DateTime?)m.CreatedAtUtc, ct);
        var failed = await db.OutboxMessages.AsNoTracking().LongCountAsync(m => m.ProcessedAtUtc == null && m.FailedAtUtc != null, ct);
        Interlocked.Exchange(ref _pending, pending);
        Interlocked.Exchange(ref _failed, failed);
        var age = oldest is { } at ? Math.Max(0, (_clock.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(at, DateTimeKind.Utc)).TotalSeconds) : 0;
        Volatile.Write(ref _oldestAge, age);
    }
}
