using Microsoft.AspNetCore.DataProtection;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>
/// Stateless nodes (docs/operations.md "Several nodes"): every node reads and writes the one key ring in the shared
/// database under one fixed application name. By default ASP.NET Core keeps the ring in the node's home folder and
/// isolates applications by their install path, so a cookie or antiforgery token issued by one node was refused by another.
/// </summary>
internal static class SharedDataProtection
{
    /// <summary>The purpose isolation every node shares; changing it invalidates every cookie and pending set-password link.</summary>
    public const string ApplicationName = "KyCuong";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();
        return services;
    }
}
