using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Demo;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.Seeding;

/// <summary>
/// Outside Development, warns once after start-up about every active account that still opens with the published demo
/// password (SECURITY.md). It runs in the background, after the start-up initializer, because each check is a full
/// password hash (PBKDF2, about 10 ms of a core): each distinct stored hash is checked once — the demo seeder's accounts
/// share one — and at most <see cref="MaxHashesChecked"/> of them, oldest accounts first. Checking every account of a national
/// install (100,000 people, each with a salt of their own) cost a core for a quarter of an hour at every start of every
/// node; outside a demo install no one can choose the published password (PasswordPolicy), so only accounts made while
/// it was allowed — the demo's, the oldest — can hold it.
/// </summary>
internal sealed class DemoPasswordWarning(IServiceScopeFactory scopes, DemoMode demo, ILogger<DemoPasswordWarning> logger) : BackgroundService
{
    private const int MaxNamesLogged = 20;

    /// <summary>Distinct password hashes checked per start: about 5 s of one core.</summary>
    public const int MaxHashesChecked = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (demo.IsDevelopment)
        {
            return;
        }

        var found = await FindAsync(scopes, stoppingToken);
        if (found.Count > 0)
        {
            logger.LogWarning(
                "{Count} tài khoản vẫn dùng mật khẩu mẫu đã công bố; hãy đổi ngay: {UserNames}. / {Count} accounts still have the published demo password: change them now.",
                found.Count, string.Join(", ", found.Take(MaxNamesLogged)), found.Count);
        }
    }

    /// <summary>The active accounts whose password is the published demo password.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            return [];
        }

        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>();
        // Ids are time-ordered (version 7), so the oldest accounts, the demo seeder's among them, come first.
        var accounts = await db.Users.AsNoTracking().Where(u => u.IsActive && u.PasswordHash != null)
            .Select(u => new { u.Id, u.UserName, Hash = u.PasswordHash! }).ToListAsync(ct);
        var found = new List<string>();
        foreach (var group in accounts.GroupBy(u => u.Hash, StringComparer.Ordinal).OrderBy(g => g.Min(u => u.Id)).Take(MaxHashesChecked))
        {
            ct.ThrowIfCancellationRequested();
            if (hasher.VerifyHashedPassword(new AppUser(), group.Key, DemoMode.PublishedPassword) != PasswordVerificationResult.Failed)
            {
                found.AddRange(group.Select(u => u.UserName ?? u.Id.ToString()));
            }
        }

        return [.. found.Order(StringComparer.Ordinal)];
    }
}
