using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Webhooks.Capture;
using KyCuong.Web.Modules.Webhooks.Domain;
using KyCuong.Web.Modules.Webhooks.FanOut;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Webhooks.Deliver;

/// <summary>
/// Sends a batch of deliveries (docs/domain.md "Webhooks"), each a POST signed with its subscription's secret: one read of the
/// deliveries and their subscriptions, the POSTs at once (at most <see cref="WebhookOptions.Parallelism"/> in flight over one
/// pooled <see cref="HttpClient"/>), then every attempt, delivery and subscription change in the drainer's one save. Every
/// attempt is written to the delivery log. A failed attempt answers its error, so the outbox tries again with its back-off
/// (1, 2, 4 … minutes); after <see cref="WebhookOptions.MaxAttemptsPerDelivery"/> the delivery is failed, and after
/// <see cref="WebhookOptions.DisableAfterFailures"/> failures in a row the subscription is disabled and its administrator told.
/// </summary>
/// <remarks>
/// A subscription never has more POSTs in flight than the failures it has left before it is disabled, so a receiver that is
/// down gets exactly <see cref="WebhookOptions.DisableAfterFailures"/> failing requests in a row, as when they were sent one
/// by one, while a healthy one always has that many in flight (a sliding window, not waves waiting for their slowest POST).
/// </remarks>
internal sealed class DeliveryHandler(
    AppDbContext db, IHttpClientFactory http, TimeProvider clock, IOptionsSnapshot<WebhookOptions> options, INotifier notifier, AuditLog audit,
    SubscribedKinds subscribed, IUnitDirectory units, IPeopleDirectory people, ILogger<DeliveryHandler> logger) : IOutboxBatchHandler
{
    public const string HttpClientName = "webhooks";

    /// <summary>Subscriptions this batch disabled, with why: their administrators are told once the outcomes are written.</summary>
    private readonly List<(WebhookSubscription Subscription, int Failures, string LastError)> _disabled = [];

    public string Topic => WebhookTopics.Delivery;

    public int BatchSize => options.Value.BatchSize;

    public async Task<IReadOnlyDictionary<Guid, string?>> HandleBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        var settings = options.Value;
        var outcomes = new Dictionary<Guid, string?>(messages.Count);
        var byDelivery = new Dictionary<Guid, OutboxMessage>();
        foreach (var m in messages)
        {
            var payload = JsonSerializer.Deserialize<DeliveryPayload>(m.PayloadJson, JsonSerializerOptions.Web);
            if (payload is null)
            {
                outcomes[m.Id] = "Lượt gửi rỗng. / Empty delivery payload.";
            }
            else if (!byDelivery.TryAdd(payload.DeliveryId, m))
            {
                // A replay and a retry of the same delivery claimed together: one POST serves both.
                outcomes[m.Id] = null;
            }
        }

        var ids = byDelivery.Keys.ToList();
        var deliveries = await db.WebhookDeliveries.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var subscriptionIds = deliveries.Values.Select(d => d.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.WebhookSubscriptions.Where(s => subscriptionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);

        var waiting = new List<WebhookDelivery>();
        foreach (var (deliveryId, message) in byDelivery)
        {
            // Deleted with its subscription, or already through (a replay that raced a retry): nothing left to do.
            if (!deliveries.TryGetValue(deliveryId, out var delivery) || delivery.Status == DeliveryStatus.Delivered)
            {
                outcomes[message.Id] = null;
                continue;
            }

            waiting.Add(delivery);
        }

        var client = http.CreateClient(HttpClientName);
        using var gate = new SemaphoreSlim(settings.Parallelism);
        var sent = await Task.WhenAll(waiting.GroupBy(d => d.SubscriptionId)
            .Select(g => SendWindowAsync(client, gate, subscriptions[g.Key], g.OrderBy(d => d.CreatedAtUtc).ThenBy(d => d.Id).ToList(), settings, ct)));

        // Written one subscription at a time, in the order the answers came back, so "failures in a row" counts as if sent one by one.
        foreach (var group in sent)
        {
            foreach (var (delivery, attempt) in group)
            {
                outcomes[byDelivery[delivery.Id].Id] = Record(subscriptions[delivery.SubscriptionId], delivery, attempt, settings);
            }
        }

        foreach (var (subscription, failures, lastError) in _disabled)
        {
            await NotifyAdministratorsAsync(subscription, failures, lastError, ct);
        }

        _disabled.Clear();
        return outcomes;
    }

    /// <summary>The result of one POST (null result: not sent, the subscription was disabled before its turn).</summary>
    private sealed record Attempt(DateTimeOffset Started, int? Status, string? Error, int Ms);

    /// <summary>
    /// Sends one subscription's deliveries, oldest first, keeping in flight at most the failures it has left before it is
    /// disabled (failures in a row so far plus POSTs in flight never exceed <see cref="WebhookOptions.DisableAfterFailures"/>);
    /// the answers in the order they came back, and the deliveries not sent because the subscription is or became disabled.
    /// </summary>
    private async Task<List<(WebhookDelivery Delivery, Attempt? Attempt)>> SendWindowAsync(
        HttpClient client, SemaphoreSlim gate, WebhookSubscription s, List<WebhookDelivery> deliveries, WebhookOptions settings, CancellationToken ct)
    {
        var results = new List<(WebhookDelivery, Attempt?)>(deliveries.Count);
        var failures = s.ConsecutiveFailures;
        var running = new List<Task<(WebhookDelivery, Attempt?)>>();
        var next = 0;
        while (next < deliveries.Count || running.Count > 0)
        {
            while (s.DisabledAtUtc is null && next < deliveries.Count && running.Count < settings.DisableAfterFailures - failures)
            {
                running.Add(SendOneAsync(client, gate, s, deliveries[next++], settings, ct));
            }

            if (running.Count == 0)
            {
                // Disabled before this batch, or its failures ran out: the rest are not sent.
                results.AddRange(deliveries.Skip(next).Select(d => (d, (Attempt?)null)));
                break;
            }

            var finished = await Task.WhenAny(running);
            running.Remove(finished);
            var result = await finished;
            results.Add(result);
            failures = result.Item2!.Error is null ? 0 : failures + 1;
        }

        return results;
    }

    private async Task<(WebhookDelivery, Attempt?)> SendOneAsync(
        HttpClient client, SemaphoreSlim gate, WebhookSubscription s, WebhookDelivery d, WebhookOptions settings, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var started = clock.GetUtcNow();
            var (status, error, ms) = await PostAsync(client, s, d, started.ToUnixTimeSeconds(), settings.Timeout, ct);
            return (d, new Attempt(started, status, error, ms));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Writes one POST's outcome (or its not being sent) into the log and the states; the message's outcome.</summary>
    private string? Record(WebhookSubscription subscription, WebhookDelivery delivery, Attempt? attempt, WebhookOptions settings)
    {
        if (attempt is null)
        {
            // Not sent: disabled before, or by an earlier answer of this batch; or its count already reached a setting since lowered.
            if (subscription.DisabledAtUtc is null)
            {
                Disable(subscription, settings.DisableAfterFailures, delivery.LastError ?? "");
            }

            delivery.Status = DeliveryStatus.Failed;
            delivery.LastError = "Đăng ký đã bị tạm dừng. / The subscription is disabled.";
            return null;
        }

        var (started, status, error, ms) = attempt;
        delivery.Attempts++;
        delivery.LastAttemptAtUtc = started.UtcDateTime;
        delivery.LastStatusCode = status;
        delivery.LastError = error;
        db.WebhookAttempts.Add(new WebhookAttempt
        {
            Id = Guid.CreateVersion7(), DeliveryId = delivery.Id, Attempt = delivery.Attempts, AtUtc = started.UtcDateTime, StatusCode = status, Error = error,
            DurationMs = ms,
        });
        if (error is null)
        {
            delivery.Status = DeliveryStatus.Delivered;
            delivery.DeliveredAtUtc = clock.GetUtcNow().UtcDateTime;
            subscription.ConsecutiveFailures = 0;
            return null;
        }

        subscription.ConsecutiveFailures++;
        if (subscription.DisabledAtUtc is null && subscription.ConsecutiveFailures >= settings.DisableAfterFailures)
        {
            Disable(subscription, settings.DisableAfterFailures, error);
            delivery.Status = DeliveryStatus.Failed;
        }
        else if (subscription.DisabledAtUtc is not null || delivery.Attempts >= settings.MaxAttemptsPerDelivery)
        {
            delivery.Status = DeliveryStatus.Failed;
        }

        // Still pending: the outbox counts the attempt and waits before the next (Platform/Outbox/OutboxRetryPolicy).
        return delivery.Status == DeliveryStatus.Pending ? error : null;
    }

    private async Task<(int? Status, string? Error, int Ms)> PostAsync(
        HttpClient client, WebhookSubscription s, WebhookDelivery d, long timestamp, TimeSpan timeout, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, s.Url)
            {
                Content = new StringContent(d.Body, Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("X-KyCuong-Event", d.Event);
            request.Headers.TryAddWithoutValidation("X-KyCuong-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.TryAddWithoutValidation("X-KyCuong-Signature", WebhookSignature.Sign(s.Secret, timestamp, d.Body));
            request.Headers.TryAddWithoutValidation("X-KyCuong-Delivery", d.Id.ToString());
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(timeout);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            var code = (int)response.StatusCode;
            return (code, code is >= 200 and < 300 ? null : $"HTTP {code} {response.ReasonPhrase}".Trim(), (int)watch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, $"Quá thời gian chờ {timeout.TotalSeconds:0.#} giây. / Timed out after {timeout.TotalSeconds:0.#} s.", (int)watch.ElapsedMilliseconds);
        }
        catch (HttpRequestException e)
        {
            logger.LogInformation(e, "Webhook delivery {Delivery} to {Url} failed", d.Id, s.Url);
            var text = $"{e.GetType().Name}: {e.Message}";
            return (null, text.Length > 2000 ? text[..2000] : text, (int)watch.ElapsedMilliseconds);
        }
    }

    /// <summary>Stops the subscription, with the reason (audited); its administrators are told after the batch (<see cref="NotifyAdministratorsAsync"/>).</summary>
    private void Disable(WebhookSubscription s, int failures, string lastError)
    {
        s.DisabledAtUtc = clock.GetUtcNow().UtcDateTime;
        s.DisabledReason = $"{failures} lần gửi liên tiếp không thành công; lần cuối: {lastError} / {failures} failed attempts in a row.";
        if (s.DisabledReason.Length > 2000)
        {
            s.DisabledReason = s.DisabledReason[..2000];
        }

        audit.Record(WebhookAudit.Entity, s.Id, WebhookAudit.Disabled, new { s.Url, failures, lastError });
        subscribed.Invalidate();
        _disabled.Add((s, failures, lastError));
    }

    /// <summary>
    /// Tells every administrator of the subscribing body — whoever holds the administrator role, in a position of their own, on
    /// that body or a unit above it, the people who manage its webhooks (<see cref="WebhookAccess"/>) — and the one who created it,
    /// so a receiver that is down does not wait for one person's return (docs/domain.md "Webhooks").
    /// </summary>
    private async Task NotifyAdministratorsAsync(WebhookSubscription s, int failures, string lastError, CancellationToken ct)
    {
        var bodies = new List<Guid>();
        for (var unit = await units.FindAsync(s.UnitId, ct); unit is not null && !bodies.Contains(unit.Id); unit = unit.ParentId is { } parent ? await units.FindAsync(parent, ct) : null)
        {
            bodies.Add(unit.Id);
        }

        var recipients = (await people.PeopleInAsync(bodies, clock.Today(), ct)).Where(p => p.Roles.HasFlag(OrgRole.Administrator)).Select(p => p.UserId).ToHashSet();
        if (s.CreatedByUserId is { } creator)
        {
            recipients.Add(creator);
        }

        foreach (var admin in recipients)
        {
            notifier.Notify(new NotificationRequest(admin, NotificationCategories.Escalation,
                "Webhook đã bị tạm dừng do gửi không thành công",
                $"Địa chỉ {s.Url} không nhận được {failures} lần liên tiếp (lần cuối: {lastError}). Hệ thống đã tạm dừng gửi sự kiện; kiểm tra máy nhận rồi tạo lại đăng ký hoặc gửi lại từng lượt.",
                $"/Webhooks/Details/{s.Id}", $"hook-disabled:{s.Id}:{s.DisabledAtUtc:O}:{admin}"));
        }
    }
}

internal static class WebhookAudit
{
    public const string Entity = "webhook";
    public const string Created = "created";
    public const string Deleted = "deleted";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string Replayed = "replayed";
}
