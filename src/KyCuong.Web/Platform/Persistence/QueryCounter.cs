using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>
/// Counts queries that several modules built, not yet run, in one statement: <c>SELECT (SELECT COUNT(*) …) + (SELECT COUNT(*) …) …</c>.
/// Each module keeps its own filter (it gives its query through its contract, so no module names another's tables); the
/// platform only adds the counts. The navigation's "Việc cần xử lý" count on every page is eight lists of four modules, and a
/// statement each cost every page a round trip, a plan and EF's work per statement (docs/performance.md "The navigation's
/// count in one statement").
/// </summary>
internal sealed class QueryCounter(AppDbContext db)
{
    private static readonly MethodInfo CountOfIds = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Count) && m.GetParameters().Length == 1).MakeGenericMethod(typeof(Guid));

    /// <summary>The sum of the rows of <paramref name="parts"/>, each counted as a scalar subquery of one statement.</summary>
    /// <remarks>Every part must come from this request's <see cref="AppDbContext"/> (a module's handler injected with it).</remarks>
    public async Task<int> SumAsync(IReadOnlyList<IQueryable<Guid>> parts, CancellationToken ct)
    {
        if (parts.Count == 0)
        {
            return 0;
        }

        // The parts' own expressions are put in the lambda, as `query.Count()` inside a Select puts a captured query: EF turns
        // each into a scalar subquery and the values they captured into parameters, so the statement's plan is cached and reused.
        Expression? sum = null;
        foreach (var part in parts)
        {
            Expression count = Expression.Call(CountOfIds, part.Expression);
            sum = sum is null ? count : Expression.Add(sum, count);
        }

        var one = Expression.Parameter(typeof(int), "one");
        var select = Expression.Lambda<Func<int, int>>(sum!, one);
        // One row from nothing, on both providers (no table of its own to read, so the sum is there even when every list is empty).
        return await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").Select(select).SingleAsync(ct);
    }
}
