using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>
/// Marks a page model or endpoint whose GETs may read from the read-only connection (<c>ConnectionStrings__ReadOnly</c>, the
/// streaming replica): figures that tolerate the replica's lag of a few seconds — dashboards and their per-unit tables —
/// and never write. Anything that must see its own write at once (task pages, work lists, forms) stays on the primary.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
internal sealed class ReadsFromReplicaAttribute : Attribute;

internal static class ReadReplica
{
    /// <summary>Lets a minimal API endpoint's GETs read from the replica (<see cref="ReadsFromReplicaAttribute"/>).</summary>
    public static TBuilder ReadsFromReplica<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ReadsFromReplicaAttribute());

    /// <summary>
    /// Whether the context being built in <paramref name="services"/> reads the replica: a read-only connection is configured,
    /// and this is the request's own scope (not one a job, the data-protection key ring or a nested scope made), for a GET of
    /// an endpoint that allows it.
    /// </summary>
    public static bool Serves(IServiceProvider services, DatabaseOptions database)
    {
        if (database.ReadOnlyConnectionString is null
            || services.GetService<IHttpContextAccessor>()?.HttpContext is not { } http
            || !ReferenceEquals(http.RequestServices, services)
            || !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return false;
        }

        return http.GetEndpoint()?.Metadata.GetMetadata<ReadsFromReplicaAttribute>() is not null;
    }

    /// <summary>Refuses every save on a replica context: a standby cannot take it, and a dashboard GET has nothing to write.</summary>
    public sealed class Guard : SaveChangesInterceptor
    {
        public static readonly Guard Instance = new();

        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
            throw new InvalidOperationException("Trang đọc từ bản sao chỉ đọc không được ghi. / A request served from the read-only replica must not write.");

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Trang đọc từ bản sao chỉ đọc không được ghi. / A request served from the read-only replica must not write.");
    }
}
