using System.Collections.Concurrent;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Organisation.IssueToken;

/// <summary>
/// One password check for the API token and the sign-in page (SECURITY.md): the throttle per account and client first;
/// then the same work — one password hash — and the same answer whether the name is unknown, the account inactive or the
/// password wrong, so neither the answer nor its time tells which names exist.
/// </summary>
internal sealed class PasswordSignIn(UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, IOptions<PasswordHasherOptions> hashing, SignInThrottle throttle)
{
    internal enum Outcome
    {
        Succeeded,
        Failed,
        Throttled,
    }

    internal sealed record Result(Outcome Outcome, AppUser? User, TimeSpan RetryAfter);

    private static readonly AppUser Nobody = new() { Id = Guid.Empty, UserName = "" };
    // One dummy hash per iteration count (Auth:PasswordHashIterations), so that an unknown name costs what a real one does
    // on this host, even when hosts with another count ran in the same process before (the test suites).
    private static readonly ConcurrentDictionary<int, string> DummyHashes = new();

    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public async Task<Result> CheckAsync(string userName, string password, string client)
    {
        var wait = throttle.WaitFor(userName, client);
        if (wait > TimeSpan.Zero)
        {
            return new Result(Outcome.Throttled, null, wait);
        }

        var user = await users.FindByNameAsync(userName.Trim());
        bool ok;
        if (user is null || !user.IsActive || user.PasswordHash is null)
        {
            var dummyHash = DummyHashes.GetOrAdd(hashing.Value.IterationCount, _ => hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));
            hasher.VerifyHashedPassword(Nobody, dummyHash, password);
            ok = false;
        }
        else
        {
            ok = await users.CheckPasswordAsync(user, password);
        }

        if (!ok)
        {
            throttle.Failed(userName, client);
            return new Result(Outcome.Failed, null, TimeSpan.Zero);
        }

        throttle.Succeeded(userName, client);
        return new Result(Outcome.Succeeded, user, TimeSpan.Zero);
    }
}

/// <summary>The security stamp of an active account, for <see cref="ITokenStampSource"/>.</summary>
internal sealed class TokenStampSource(AppDbContext db) : ITokenStampSource
{
    public Task<string?> CurrentStampAsync(Guid userId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct);
}
