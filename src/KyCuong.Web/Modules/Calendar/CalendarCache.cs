using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Calendar.Persistence;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Calendar;

/// <summary>
/// The node's built calendar (singleton). Rebuilt when a scope sees a stored version different from the cached one;
/// one rebuild at a time, later versions never replaced by earlier ones.
/// </summary>
internal sealed class CalendarCache : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CalendarSnapshot? _current;

    public CalendarSnapshot? Current => _current;

    public async Task<CalendarSnapshot> GetAsync(AppDbContext db, int storedVersion, CancellationToken ct)
    {
        if (_current is { } cached && cached.Version == storedVersion)
        {
            return cached;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } again && again.Version == storedVersion)
            {
                return again;
            }

            var built = await CalendarData.LoadAsync(db, ct);
            if (_current is null || built.Version >= _current.Version)
            {
                _current = built;
            }

            return built;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
