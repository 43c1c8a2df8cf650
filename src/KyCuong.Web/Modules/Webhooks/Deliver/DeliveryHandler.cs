using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Webhooks.Capture;
using KyCuong.Web.Modules.Webhooks.Domain;
using KyCuong.Web.Modules.Webhooks.FanOut;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Webhooks.Deliver;

/// <summary>
/// One POST of a delivery (docs/domain.md "Webhooks"), signed with the subscription's secret. Every attempt is written to the
/// delivery log. A failure throws after saving, so the outbox tries again with its back-off (1, 2, 4 … minutes); after
/// <see cref="WebhookOptions.MaxAttemptsPerDelivery"/> the delivery is failed, and after
/// <see cref="WebhookOptions.DisableAfterFailures"/> failures in a row the subscription is disabled and its administrator told.
/// </summary>
internal sealed class DeliveryHandler(
    AppDbContext db, IHttpClientFactory http, TimeProvider clock, IOptionsSnapshot<WebhookOptions> options, INotifier notifier, AuditLog audit,
    SubscribedKinds subscribed, ILogger<DeliveryHandler> logger) : IOutboxHandler
{
    public const string HttpClientName = "webhooks";

    public string Topic => WebhookTopics.Delivery;

    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<DeliveryPayload>(message.PayloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("Lượt gửi rỗng. / Empty delivery payload.");
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == payload.DeliveryId, ct);

        // Deleted with its subscription, or already through (a replay that raced a retry): nothing left to do.
        if (delivery is null || delivery.Status == DeliveryStatus.Delivered)
        {
            return;
        }

        var subscription = await db.WebhookSubscriptions.FirstAsync(s => s.Id == delivery.SubscriptionId, ct);
        if (subscription.DisabledAtUtc is not null)
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.LastError = "Đăng ký đã bị tạm dừng. / The subscription is disabled.";
            await db.SaveChangesAsync(ct);
            return;
        }

        var settings = options.Value;
        var started = clock.GetUtcNow();
        var timestamp = started.ToUnixTimeSeconds();
        var (status, error, ms) = await PostAsync(subscription, delivery, timestamp, settings.Timeout, ct);

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
            await db.SaveChangesAsync(ct);
            return;
        }

        subscription.ConsecutiveFailures++;
        var exhausted = delivery.Attempts >= settings.MaxAttemptsPerDelivery;
        if (subscription.ConsecutiveFailures >= settings.DisableAfterFailures)
        {
            Disable(subscription, settings.DisableAfterFailures, error);
            delivery.Status = DeliveryStatus.Failed;
        }
        else if (exhausted)
        {
            delivery.Status = DeliveryStatus.Failed;
        }

        await db.SaveChangesAsync(ct);
        if (delivery.Status == DeliveryStatus.Pending)
        {
            // The outbox counts the attempt and waits before the next (Platform/Outbox/OutboxRetryPolicy).
            throw new WebhookDeliveryException(error);
        }
    }

    private async Task<(int? Status, string? Error, int Ms)> PostAsync(WebhookSubscription s, WebhookDelivery d, long timestamp, TimeSpan timeout, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, s.Url)
            {
                Content = new StringContent(d.Body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-KyCuong-Event", d.Event);
            request.Headers.Add("X-KyCuong-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-KyCuong-Signature", WebhookSignature.Sign(s.Secret, timestamp, d.Body));
            request.Headers.Add("X-KyCuong-Delivery", d.Id.ToString());
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(timeout);
            var client = http.CreateClient(HttpClientName);
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

    /// <summary>Stops the subscription and tells the administrator who created it, with the reason (audited).</summary>
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
        if (s.CreatedByUserId is { } admin)
        {
            notifier.Notify(new NotificationRequest(admin, NotificationCategories.Escalation,
                "Webhook đã bị tạm dừng do gửi không thành công",
                $"Địa chỉ {s.Url} không nhận được {failures} lần liên tiếp (lần cuối: {lastError}). Hệ thống đã tạm dừng gửi sự kiện; kiểm tra máy nhận rồi tạo lại đăng ký hoặc gửi lại từng lượt.",
                $"/Webhooks/Details/{s.Id}", $"hook-disabled:{s.Id}:{s.DisabledAtUtc:O}"));
        }
    }
}

/// <summary>A failed POST; the outbox keeps it for the next attempt.</summary>
internal sealed class WebhookDeliveryException(string message) : Exception(message);

internal static class WebhookAudit
{
    public const string Entity = "webhook";
    public const string Created = "created";
    public const string Deleted = "deleted";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string Replayed = "replayed";
}
