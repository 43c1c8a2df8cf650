using KyCuong.Web.Modules.Tasks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace KyCuong.Web.Modules.Tasks.Persistence;

/// <summary>
/// Keeps <see cref="TaskCounter"/> rows exact: for every task added, changed or deleted in a save, it removes the old
/// contribution and adds the new one, as upserts in the save's own transaction (one is opened when the caller has none).
/// Keys are applied in a fixed order so concurrent savers cannot deadlock on counter rows.
/// </summary>
internal sealed class TaskCounterInterceptor : SaveChangesInterceptor
{
    private const string Upsert = """
        INSERT INTO task_counters ("UnitId", "Kind", "DueKey", "Count") VALUES ({0}, {1}, {2}, {3})
        ON CONFLICT ("UnitId", "Kind", "DueKey") DO UPDATE SET "Count" = task_counters."Count" + excluded."Count"
        """;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await ApplyAsync(context, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            ApplyAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } tx)
        {
            await tx.CommitAsync(cancellationToken);
            await tx.DisposeAsync();
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } tx)
        {
            tx.Commit();
            tx.Dispose();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } tx)
        {
            await tx.RollbackAsync(cancellationToken);
            await tx.DisposeAsync();
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (Take(eventData.Context) is { } tx)
        {
            tx.Rollback();
            tx.Dispose();
        }
    }

    private static async Task ApplyAsync(DbContext context, CancellationToken ct)
    {
        var deltas = new Dictionary<(Guid Unit, TaskCounterKind Kind, int DueKey), long>();
        void Add(Guid unit, DateOnly? due, DateOnly? done, long n)
        {
            var (kind, key) = TaskCounter.Of(due, done);
            deltas[(unit, kind, key)] = deltas.GetValueOrDefault((unit, kind, key)) + n;
        }

        foreach (var entry in context.ChangeTracker.Entries<WorkTask>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                Add(entry.OriginalValues.GetValue<Guid>(nameof(WorkTask.LeadUnitId)), entry.OriginalValues.GetValue<DateOnly?>(nameof(WorkTask.DueDate)),
                    entry.OriginalValues.GetValue<DateOnly?>(nameof(WorkTask.CompletedOn)), -1);
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                Add(entry.Entity.LeadUnitId, entry.Entity.DueDate, entry.Entity.CompletedOn, +1);
            }
        }

        var changes = deltas.Where(d => d.Value != 0).OrderBy(d => d.Key.Unit).ThenBy(d => d.Key.Kind).ThenBy(d => d.Key.DueKey).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            Own(context, await context.Database.BeginTransactionAsync(ct));
        }

        foreach (var ((unit, kind, key), n) in changes)
        {
            await context.Database.ExecuteSqlRawAsync(Upsert, [unit, (int)kind, key, n], ct);
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, IDbContextTransaction> Owned = new();

    private static void Own(DbContext context, IDbContextTransaction tx) => Owned.AddOrUpdate(context, tx);

    private static IDbContextTransaction? Take(DbContext? context)
    {
        if (context is not null && Owned.TryGetValue(context, out var tx))
        {
            Owned.Remove(context);
            return tx;
        }

        return null;
    }
}
