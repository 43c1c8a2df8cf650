using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>docs/api.md: <c>/health/ready</c> is 200 when the database is reachable and every migration is applied.</summary>
internal sealed class DatabaseReadyHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu. / Database unreachable.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"Còn {pending.Count} migration chưa áp dụng. / {pending.Count} migrations pending: run the migrate verb.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Lỗi cơ sở dữ liệu. / Database error.", ex);
        }
    }
}
