using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations.ListConsultations;

internal sealed record ConsultationListItem(
    Guid Id, string Subject, Guid RequesterUnitId, string RequesterUnitName, DateOnly DueDate, string Status, int Participants, int Pending,
    int CompetenceWarnings, IReadOnlyList<Guid> MyConsultedUnitIds);

internal sealed record ConsultationPage(IReadOnlyList<ConsultationListItem> Items, int Page, int PageSize, int Total);

/// <summary>The units' competence warnings (docs/domain.md §8: consulting bodies not concerned is misuse, so it is counted per requester).</summary>
internal sealed record WarningCount(Guid UnitId, string UnitName, int Consultations, int Warnings);

/// <summary>
/// <c>role=requested</c>: consultations my units asked for; <c>role=consulted</c>: my units' inbox (the requests they must
/// answer); no role: every consultation I may see. Newest first, paged.
/// </summary>
internal sealed class ListConsultationsHandler(AppDbContext db, ConsultationAccess consultations, IAccessControl access, IUnitDirectory units)
{
    public const int MaxPageSize = 100;

    public async Task<ConsultationPage> HandleAsync(string? role, int? page, int? pageSize, CancellationToken ct)
    {
        new Validator()
            .Check(role is null or "" or "requested" or "consulted", "role", "role phải là requested hoặc consulted. / role must be requested or consulted.")
            .Check(page is null or >= 1, "page", "page bắt đầu từ 1. / page starts at 1.")
            .Check(pageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"pageSize từ 1 đến {MaxPageSize}. / pageSize must be 1 to {MaxPageSize}.")
            .ThrowIfInvalid();
        var p = page ?? 1;
        var size = pageSize ?? 20;
        var view = await access.ScopeAsync(Permission.ViewWork, ct);
        var handle = await access.ScopeAsync(Permission.HandleWork, ct);
        var query = await consultations.VisibleAsync(ct);
        if (role == "requested" && view is not null)
        {
            query = query.Where(c => view.Contains(c.RequesterUnitId));
        }
        else if (role == "consulted" && view is not null)
        {
            query = query.Where(c => c.Participants.Any(x => view.Contains(x.UnitId)));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.CreatedAtUtc).ThenByDescending(c => c.Id).Skip((p - 1) * size).Take(size)
            .Select(c => new
            {
                c.Id,
                c.Subject,
                c.RequesterUnitId,
                c.DueDate,
                Participants = c.Participants.Count,
                Pending = c.Participants.Count(x => x.Outcome == Outcomes.Pending),
                Delayed = c.Participants.Count(x => x.Outcome == Outcomes.DelayNotified),
                Warnings = c.Participants.Count(x => x.CompetenceWarning),
            })
            .ToListAsync(ct);
        // The units I may answer for on this page, in one query (administrators answer through the page's unit choice).
        var pageIds = rows.Select(r => r.Id).ToList();
        var mine = handle is null
            ? []
            : (await db.ConsultationParticipants.AsNoTracking().Where(x => pageIds.Contains(x.ConsultationId) && handle.Contains(x.UnitId))
                .Select(x => new { x.ConsultationId, x.UnitId }).ToListAsync(ct))
                .ToLookup(x => x.ConsultationId, x => x.UnitId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.ToList());
        var names = await units.FindManyAsync(rows.Select(r => r.RequesterUnitId).Distinct().ToList(), ct);
        var items = rows.Select(r => new ConsultationListItem(r.Id, r.Subject, r.RequesterUnitId,
            names.TryGetValue(r.RequesterUnitId, out var u) ? u.Name : "", r.DueDate, r.Pending > 0 ? "open" : "closed", r.Participants, r.Pending, r.Warnings,
            mine.GetValueOrDefault(r.Id) ?? [])).ToList();
        return new ConsultationPage(items, p, size, total);
    }

    /// <summary>Competence warnings per requester unit among the units the caller may see (ViewWork), or one unit; most warnings first.</summary>
    public async Task<IReadOnlyList<WarningCount>> WarningCountsAsync(Guid? unitId, CancellationToken ct)
    {
        var view = await access.ScopeAsync(Permission.ViewWork, ct);
        var query = db.Consultations.AsNoTracking().AsQueryable();
        if (unitId is { } only)
        {
            if (!await access.HasAsync(Permission.ViewWork, only, ct))
            {
                throw new NotFoundException("Không tìm thấy đơn vị. / Unit not found.");
            }

            query = query.Where(c => c.RequesterUnitId == only);
        }
        else if (view is not null)
        {
            query = query.Where(c => view.Contains(c.RequesterUnitId));
        }

        var rows = await query.GroupBy(c => c.RequesterUnitId)
            .Select(g => new { UnitId = g.Key, Consultations = g.Count(), Warnings = g.Sum(c => c.Participants.Count(x => x.CompetenceWarning)) })
            .ToListAsync(ct);
        var names = await units.FindManyAsync(rows.Select(r => r.UnitId).ToList(), ct);
        var result = rows.Select(r => new WarningCount(r.UnitId, names.TryGetValue(r.UnitId, out var u) ? u.Name : "", r.Consultations, r.Warnings))
            .OrderByDescending(r => r.Warnings).ThenBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.UnitId).ToList();
        if (unitId is { } one && result.Count == 0)
        {
            result.Add(new WarningCount(one, (await units.FindAsync(one, ct))?.Name ?? "", 0, 0));
        }

        return result;
    }
}
