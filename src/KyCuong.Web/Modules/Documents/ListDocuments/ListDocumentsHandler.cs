using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents.ListDocuments;

internal sealed class ListDocumentsHandler(AppDbContext db, DocumentVisibility visibility, UnitCatalog catalog, TimeProvider clock)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public async Task<DocumentPage> HandleAsync(ListDocumentsQuery query, CancellationToken ct)
    {
        var v = new Validator();
        DocumentDirection? direction = null;
        if (!string.IsNullOrWhiteSpace(query.Direction))
        {
            v.Check(DocumentMarks.TryParseDirection(query.Direction, out direction), "direction", "direction phải là incoming, outgoing hoặc internal. / direction must be incoming, outgoing or internal.");
        }

        v.Check(query.Page is null or >= 1, "page", "Trang bắt đầu từ 1. / page starts at 1.");
        v.Check(query.PageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"Cỡ trang từ 1 đến {MaxPageSize}. / pageSize 1..{MaxPageSize}.");
        v.Check(query.Year is null or (>= 1945 and <= 2200), "year", "Năm không hợp lệ. / Invalid year.");
        v.MaxLength(query.Q, "q", "Từ khóa", 200);
        v.ThrowIfInvalid();

        var today = clock.Today();
        var q = (await visibility.VisibleAsync(ct)).AsNoTracking();
        if (direction is { } d)
        {
            q = q.Where(x => x.Direction == d);
        }

        if (query.Year is { } year)
        {
            q = q.Where(x => x.Year == year);
        }

        var folded = UnitNameMatcher.Fold(query.Q);
        if (folded.Length > 0)
        {
            q = q.Where(x => x.SearchText.Contains(folded));
        }

        if (query.NotPresented == true)
        {
            q = q.Where(x => x.Direction == DocumentDirection.Incoming && x.PresentedAtUtc == null);
        }

        var size = query.PageSize ?? DefaultPageSize;
        var page = query.Page ?? 1;
        var total = await q.CountAsync(ct);
        // Urgent documents not yet presented show at once, at the top (NĐ 30/2020 art. 24: "văn bản khẩn … ngay sau khi nhận").
        var rows = await q
            .OrderByDescending(x => x.Urgency != Urgency.None && x.PresentedAtUtc == null && x.Direction == DocumentDirection.Incoming)
            .ThenByDescending(x => x.Year)
            .ThenByDescending(x => x.ArrivalNumber ?? x.Number)
            .ThenByDescending(x => x.RegisteredAtUtc)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);

        var ids = rows.Select(r => r.Id).ToList();
        var tasks = await db.DocumentTasks.AsNoTracking().Where(t => ids.Contains(t.DocumentId)).Select(t => new { t.DocumentId, t.TaskId }).ToListAsync(ct);
        var taskIds = tasks.Select(t => t.TaskId).ToList();
        var replies = taskIds.Count == 0 ? [] : await db.Documents.AsNoTracking()
            .Where(x => x.ImplementsTaskId != null && taskIds.Contains(x.ImplementsTaskId.Value))
            .Select(x => new { TaskId = x.ImplementsTaskId!.Value, Label = x.NumberSymbol ?? x.Subject }).ToListAsync(ct);
        var units = (await catalog.AllAsync(ct)).ToDictionary(u => u.Id, u => u.Name);

        var items = rows.Select(r =>
        {
            var mine = tasks.Where(t => t.DocumentId == r.Id).Select(t => t.TaskId).ToHashSet();
            return ToItem(r, today, mine.Count, replies.Where(x => mine.Contains(x.TaskId)).Select(x => x.Label).Distinct().ToList(),
                r.LeadUnitId is { } lead && units.TryGetValue(lead, out var name) ? name : null);
        }).ToList();
        return new DocumentPage(items, page, size, total);
    }

    internal static DocumentListItem ToItem(Document r, DateOnly today, int taskCount, IReadOnlyList<string> replies, string? leadUnitName) => new(
        r.Id, DocumentMarks.Name(r.Direction), r.ArrivalNumber, r.ReceivedOn, r.IssuerName, r.NumberSymbol, r.Date, r.Type, r.Subject,
        DocumentMarks.Label(r.Urgency), DocumentMarks.Label(r.Secrecy), r.Urgency != Urgency.None, r.HandledBy, r.Signer, r.Recipients, r.Note,
        r.PresentedAtUtc is not null, r.PresentedAtUtc is { } p ? VietnamTime.ToVietnam(p) : null, r.PresentDueDate, PresentationPolicy.IsOverdue(r, today),
        r.DirectedAtUtc is not null, r.LeadUnitId, leadUnitName, r.DirectionDueDate, taskCount, replies, r.RegisteringUnitId);
}
