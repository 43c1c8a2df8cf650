using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Demo;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.Seeding;

/// <summary>
/// Outside Development, warns once after start-up about every active account that still opens with the published demo
/// password (SECURITY.md). It runs in the background, after the start-up initializer, because each check is a full
/// password hash.
/// </summary>
internal sealed class DemoPasswordWarning(IServiceScopeFactory scopes, DemoMode demo, ILogger<DemoPasswordWarning> logger) : BackgroundService
{
    private const int MaxNamesLogged = 20;

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
        var accounts = await db.Users.AsNoTracking().Where(u => u.IsActive && u.PasswordHash != null).OrderBy(u => u.UserName).ToListAsync(ct);
        var found = new List<string>();
        foreach (var user in accounts)
        {
            ct.ThrowIfCancellationRequested();
            if (hasher.VerifyHashedPassword(user, user.PasswordHash!, DemoMode.PublishedPassword) != PasswordVerificationResult.Failed)
            {
                found.Add(user.UserName ?? user.Id.ToString());
            }
        }

        return found;
    }
}
