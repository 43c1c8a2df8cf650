using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Web.Dates;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks;

/// <summary>See <see cref="ITaskSearch"/>.</summary>
internal sealed class TaskSearch(TaskAccess taskAccess) : ITaskSearch
{
    public const int MaxTake = 50;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1304", Justification = "Translated to SQL lower(); the culture does not apply.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1862", Justification = "Translated to SQL; a StringComparison overload is not translatable.")]
    public async Task<IReadOnlyList<TaskSearchHit>> SearchAsync(string text, int take, CancellationToken ct)
    {
        var s = (text ?? "").Trim().Normalize();
        if (s.Length == 0)
        {
            return [];
        }

        // Case-insensitive for the letters both databases lower-case (SQLite's lower() is ASCII only), exact as typed, and
        // with a capital first letter (a title starts with one: "đề án" finds "Đề án …" whatever the database).
        var lower = s.ToLowerInvariant();
        var capital = string.Concat(s[..1].ToUpperInvariant(), s[1..]);
        var rows = await (await taskAccess.VisibleAsync(ct)).AsNoTracking()
            .Where(t => t.Title.Contains(s) || t.Title.Contains(capital) || t.Title.ToLower().Contains(lower))
            .OrderBy(t => t.State != TaskState.Open).ThenBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenBy(t => t.Id)
            .Take(Math.Clamp(take, 1, MaxTake))
            .Select(t => new { t.Id, t.Title, t.DueDate })
            .ToListAsync(ct);
        return rows.Select(r => Hit(r.Id, r.Title, r.DueDate)).ToList();
    }

    public async Task<TaskSearchHit?> FindVisibleAsync(Guid taskId, CancellationToken ct)
    {
        var row = await (await taskAccess.VisibleAsync(ct)).AsNoTracking().Where(t => t.Id == taskId).Select(t => new { t.Id, t.Title, t.DueDate }).FirstOrDefaultAsync(ct);
        return row is null ? null : Hit(row.Id, row.Title, row.DueDate);
    }

    public async Task<IReadOnlyDictionary<Guid, TaskSearchHit>> FindVisibleManyAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct)
    {
        var ids = taskIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, TaskSearchHit>();
        }

        var rows = await (await taskAccess.VisibleAsync(ct)).AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Title, t.DueDate }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => Hit(r.Id, r.Title, r.DueDate));
    }

    private static TaskSearchHit Hit(Guid id, string title, DateOnly? due) =>
        new(id, title, due, due is { } d ? $"{title} (hạn {VietnamDates.Show(d)})" : $"{title} (thường xuyên)");
}
