using System.Collections.Concurrent;

namespace KyCuong.Web.Platform.Auth;

/// <summary>
/// Progressive delays per account AND client, so a stranger's wrong passwords cannot lock an official (the administrator
/// included) out of their own machine (SECURITY.md): the first <see cref="FreeFailures"/> failures cost nothing, each
/// further one doubles the wait before the next try from that client (5 s, 10 s, 20 s …), and after
/// <see cref="LockoutAfter"/> failures that client is refused for that account for <see cref="LockoutTime"/>. Other
/// clients, and the account itself, are not affected; each address also has its own, higher limit per minute (the
/// rate limiter). Real elapsed time, never the business clock. Per node: several nodes multiply the budget, not bypass it.
/// </summary>
internal sealed class SignInThrottle
{
    public const int FreeFailures = 3;
    public const int LockoutAfter = 10;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);
    private const int MaxTracked = 100_000;

    private static readonly TimeProvider Clock = TimeProvider.System;
    private readonly ConcurrentDictionary<(string Account, string Client), Entry> _entries = new();

    private sealed record Entry(int Failures, DateTimeOffset NotBefore);

    /// <summary>How long this client must still wait before it may try this account again (zero: go ahead).</summary>
    public TimeSpan WaitFor(string account, string client)
    {
        var now = Clock.GetUtcNow();
        return _entries.TryGetValue(Key(account, client), out var e) && e.NotBefore > now ? e.NotBefore - now : TimeSpan.Zero;
    }

    public void Failed(string account, string client)
    {
        if (_entries.Count > MaxTracked)
        {
            Sweep();
        }

        var now = Clock.GetUtcNow();
        _entries.AddOrUpdate(Key(account, client), _ => Next(1, now), (_, e) => Next(e.Failures + 1, now));
    }

    public void Succeeded(string account, string client) => _entries.TryRemove(Key(account, client), out _);

    private static Entry Next(int failures, DateTimeOffset now) => new(failures, failures switch
    {
        <= FreeFailures => now,
        >= LockoutAfter => now + LockoutTime,
        _ => now + TimeSpan.FromSeconds(5 * Math.Pow(2, failures - FreeFailures - 1)),
    });

    private static (string, string) Key(string account, string client) => (account.Trim().ToUpperInvariant(), client);

    private void Sweep()
    {
        var now = Clock.GetUtcNow();
        foreach (var (key, e) in _entries)
        {
            if (e.NotBefore + LockoutTime < now)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }
}
