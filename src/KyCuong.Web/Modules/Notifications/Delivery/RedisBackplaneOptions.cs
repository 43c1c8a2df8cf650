using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>
/// The SignalR backplane (docs/operations.md "Several nodes"): with <c>Redis:Configuration</c> set, a live unread count
/// pushed on one node reaches the person's pages connected to any node. Absent, the node pushes only to its own
/// connections, as a single node does. Redis down never stops a request: only live pushes are lost.
/// </summary>
internal sealed class RedisBackplaneOptions : IValidatableObject
{
    public const string Section = "Redis";

    /// <summary>StackExchange.Redis configuration string (<c>127.0.0.1:6379,password=…</c>); empty means no backplane.</summary>
    [StringLength(2000)]
    public string? Configuration { get; set; }

    /// <summary>Prefix of the pub/sub channels, so several installations may share one Redis.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,60}$", ErrorMessage = "Redis:ChannelPrefix: 1–60 letters, digits, '.', '_' or '-'.")]
    public string ChannelPrefix { get; set; } = "kycuong";

    /// <summary>How long connecting (and each Redis operation) may take before it counts as down.</summary>
    [Range(100, 30_000)]
    public int ConnectTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>How long a live push may wait on the backplane before it is dropped (the page corrects itself on reload).</summary>
    [Range(100, 30_000)]
    public int PushTimeoutMilliseconds { get; set; } = 2000;

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled)
        {
            ValidationResult? error = null;
            try
            {
                StackExchange.Redis.ConfigurationOptions.Parse(Configuration!);
            }
            catch (ArgumentException ex)
            {
                error = new ValidationResult($"Redis:Configuration không hợp lệ / is not valid: {ex.Message}", [nameof(Configuration)]);
            }

            if (error is not null)
            {
                yield return error;
            }
        }
    }

    /// <summary>The client settings: never abort on a failed connect, fail fast while disconnected, short timeouts.</summary>
    public StackExchange.Redis.ConfigurationOptions ClientOptions()
    {
        var options = StackExchange.Redis.ConfigurationOptions.Parse(Configuration!);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = ConnectTimeoutMilliseconds;
        options.SyncTimeout = ConnectTimeoutMilliseconds;
        options.AsyncTimeout = ConnectTimeoutMilliseconds;
        options.BacklogPolicy = StackExchange.Redis.BacklogPolicy.FailFast;
        options.ClientName ??= "kycuong";
        return options;
    }
}
