namespace KyCuong.Web.Modules.Webhooks.Domain;

/// <summary>
/// An external system of one body that receives the events of that body's subtree (docs/domain.md "Webhooks"). The secret signs
/// every delivery and is never shown again after creation.
/// </summary>
internal sealed class WebhookSubscription
{
    public Guid Id { get; set; }

    /// <summary>The body the subscription belongs to: only events about units in its subtree are sent.</summary>
    public Guid UnitId { get; set; }

    public string Url { get; set; } = "";

    /// <summary>The event kinds, comma-separated in the order given.</summary>
    public string Events { get; set; } = "";

    public string Secret { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public Guid? CreatedByUserId { get; set; }

    /// <summary>Failed attempts in a row, over all its deliveries; a success sets it back to zero.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Set when <see cref="ConsecutiveFailures"/> reached the setting: nothing is sent any more.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    public string? DisabledReason { get; set; }

    public IReadOnlyList<string> EventList => Events.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool Wants(string kind) => EventList.Contains(kind, StringComparer.Ordinal);
}

/// <summary>One event sent (or to be sent) to one subscription; its id is the <c>X-KyCuong-Delivery</c> header.</summary>
internal sealed class WebhookDelivery
{
    public Guid Id { get; set; }

    public Guid SubscriptionId { get; set; }

    /// <summary>The event's id (the same for every subscription that receives it).</summary>
    public Guid EventId { get; set; }

    public string Event { get; set; } = "";

    /// <summary>The exact JSON body sent on every attempt.</summary>
    public string Body { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    /// <summary><see cref="DeliveryStatus"/>.</summary>
    public string Status { get; set; } = DeliveryStatus.Pending;

    public int Attempts { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTime? LastAttemptAtUtc { get; set; }

    public DateTime? DeliveredAtUtc { get; set; }
}

/// <summary>One HTTP attempt of a delivery, as the delivery log shows it.</summary>
internal sealed class WebhookAttempt
{
    public Guid Id { get; set; }

    public Guid DeliveryId { get; set; }

    /// <summary>1-based, counting replays on.</summary>
    public int Attempt { get; set; }

    public DateTime AtUtc { get; set; }

    public int? StatusCode { get; set; }

    public string? Error { get; set; }

    public int DurationMs { get; set; }
}

/// <summary>A task whose deadline passed, recorded once per due date so that the overdue event is sent once.</summary>
internal sealed class WebhookOverdueMark
{
    public Guid TaskId { get; set; }

    public DateOnly DueDate { get; set; }

    public Guid EventId { get; set; }

    public DateTime AtUtc { get; set; }
}

internal static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";

    /// <summary>The attempts ran out, or the subscription was disabled: replay sends it again.</summary>
    public const string Failed = "failed";
}
