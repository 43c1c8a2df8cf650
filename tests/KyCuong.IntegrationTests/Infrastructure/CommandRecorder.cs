using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>
/// Records the text of every command a host sends (an EF Core interceptor, registered like the host's own with
/// <c>ConfigureTestServices(s => s.AddSingleton&lt;IInterceptor&gt;(recorder))</c>), so a test can count what one request costs:
/// take <see cref="Count"/> before the request and read <see cref="Since"/> after it.
/// </summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly Lock _gate = new();
    private readonly List<string> _texts = [];

    /// <summary>Commands recorded so far.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _texts.Count;
            }
        }
    }

    /// <summary>The commands recorded after the first <paramref name="mark"/> (a <see cref="Count"/> taken earlier).</summary>
    public IReadOnlyList<string> Since(int mark)
    {
        lock (_gate)
        {
            return _texts.Skip(mark).ToList();
        }
    }

    /// <summary>Whether a command writes (INSERT, UPDATE or DELETE) rather than reads.</summary>
    public static bool IsWrite(string text)
    {
        var t = text.TrimStart();
        return t.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || t.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
    }

    private void Seen(DbCommand command)
    {
        lock (_gate)
        {
            _texts.Add(command.CommandText);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Seen(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Seen(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Seen(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }
}
