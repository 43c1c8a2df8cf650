namespace KyCuong.Web.Platform.Outbox;

/// <summary>When a failed message is tried again: 1, 2, 4 … minutes after each failure, capped, until the attempts run out.</summary>
internal static class OutboxRetryPolicy
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt (1-based).</summary>
    public static TimeSpan DelayAfter(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var minutes = Math.Pow(2, exponent);
        return minutes >= MaxDelay.TotalMinutes ? MaxDelay : TimeSpan.FromMinutes(minutes);
    }

    /// <summary>True once the message has used up its attempts and waits for an administrator ("Gửi lại").</summary>
    public static bool IsExhausted(int attempts, int maxAttempts) => attempts >= Math.Max(1, maxAttempts);
}
