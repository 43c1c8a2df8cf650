using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Evaluation.StaffRecords;

/// <summary>docs/api.md "Evaluation: viên chức": <c>{"category","startedOn","leftOn"}</c>.</summary>
internal sealed record StaffRecordRequest(string? Category, DateOnly? StartedOn, DateOnly? LeftOn);

/// <summary><c>source</c>: <c>recorded</c> by the personnel office, or <c>body</c> (derived from the kind of the person's body).</summary>
internal sealed record StaffRecordDto(Guid UserId, string Category, string CategoryLabel, DateOnly? StartedOn, DateOnly? LeftOn, string Source);

/// <summary>A person working in the unit with their record; <c>canEdit</c>: the caller is the personnel office (and not the person).</summary>
internal sealed record StaffRecordRowDto(Guid UserId, string Name, string Title, string Category, string CategoryLabel, DateOnly? StartedOn, DateOnly? LeftOn,
    string Source, bool CanEdit);

internal sealed record StaffRecordListDto(Guid UnitId, string UnitName, bool CanEdit, IReadOnlyList<StaffRecordRowDto> Items, int Page, int PageSize, int Total);

/// <summary>A unit the caller may list the staff records of.</summary>
internal sealed record StaffRecordUnitChoice(Guid Id, string Name);

/// <summary>
/// The person's staff category and working dates for evaluation (docs/domain.md "Evaluation: viên chức"): read by those who see the
/// person's evaluation, recorded by the personnel office only. Without a record a person of a public service unit (or a unit under one)
/// is a viên chức, anyone else a công chức. Audited.
/// </summary>
internal sealed class StaffRecordHandler(AppDbContext db, EvaluationAccess access, IPeopleDirectory people, IUnitDirectory units, ICurrentPerson currentPerson, AuditLog audit,
    TimeProvider clock)
{
    public async Task<StaffRecordDto> GetAsync(Guid userId, CancellationToken ct)
    {
        await access.EnsureCanSeeAsync(userId, ct);
        return await ReadAsync(userId, ct);
    }

    /// <summary>
    /// The people working in the unit today (not its sub-units), by name, with their records: for those who see the unit's evaluation
    /// (its managers and the personnel office above it; anyone else 404), the same readers as <see cref="GetAsync"/> for each person.
    /// </summary>
    public async Task<StaffRecordListDto> ListAsync(Guid unitId, int? page, int? pageSize, CancellationToken ct)
    {
        var request = Paging.Validate(page, pageSize);
        await access.EnsureCanSeeUnitAsync(unitId, ct);
        var unit = await units.FindAsync(unitId, ct);
        var canEdit = await access.IsPersonnelOfficeOfUnitAsync(unitId, ct);
        var everyone = (await people.PeopleInAsync([unitId], clock.Today(), ct)).Where(p => p.UnitId == unitId).DistinctBy(p => p.UserId)
            .OrderBy(p => p.FullName, StringComparer.Ordinal).ThenBy(p => p.UserId).ToList();
        var slice = Paging.Slice(everyone, request);
        var records = await ReadManyAsync(slice.Items.Select(p => p.UserId).ToList(), ct);
        var rows = new List<StaffRecordRowDto>();
        foreach (var p in slice.Items)
        {
            var r = records[p.UserId];
            rows.Add(new StaffRecordRowDto(p.UserId, p.FullName, p.Title, r.Category, r.CategoryLabel, r.StartedOn, r.LeftOn, r.Source,
                canEdit && p.UserId != access.CallerId));
        }

        return new StaffRecordListDto(unitId, unit?.Name ?? "", canEdit, rows, slice.Page, slice.PageSize, slice.Total);
    }

    /// <summary>The units the caller may list: every unit at or below one where they hold the personnel office's role or assign work, by name.</summary>
    public async Task<IReadOnlyList<StaffRecordUnitChoice>> UnitChoicesAsync(CancellationToken ct)
    {
        var me = await currentPerson.GetAsync(ct);
        var all = await units.ListAsync(ct);
        var today = clock.Today();
        HashSet<Guid> ids;
        if (me.IsAdministrator)
        {
            ids = all.Select(u => u.Id).ToHashSet();
        }
        else
        {
            ids = [];
            foreach (var g in me.Grants.Where(g => g.Roles.Contains("monitor") || g.Permissions.Contains("assignWork")))
            {
                ids.UnionWith(await units.Subtree(g.UnitId).ToListAsync(ct));
            }
        }

        return all.Where(u => ids.Contains(u.Id) && (u.ValidTo is null || u.ValidTo >= today)).OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new StaffRecordUnitChoice(u.Id, u.Name)).ToList();
    }

    public async Task<StaffRecordDto> PutAsync(Guid userId, StaffRecordRequest r, CancellationToken ct)
    {
        var positions = await access.EnsureCanSeeAsync(userId, ct);
        var category = ParseCategory(r.Category);
        new Validator()
            .Check(category is not null, "category", "Loại cán bộ là civilServant (công chức) hoặc publicEmployee (viên chức). / category must be civilServant or publicEmployee.")
            .Check(r.StartedOn is null || r.LeftOn is null || r.LeftOn >= r.StartedOn, "leftOn", "Ngày thôi việc không trước ngày bắt đầu. / leftOn may not precede startedOn.")
            .ThrowIfInvalid();
        if (access.CallerId == userId || !await access.IsPersonnelOfficeAsync(positions, ct))
        {
            throw new ForbiddenException("Chỉ bộ phận tổ chức cán bộ ghi nhận loại cán bộ. / Only the personnel office records the staff category.");
        }

        var record = await db.EvaluationStaffRecords.FirstOrDefaultAsync(s => s.UserId == userId, ct);
        var previous = record is null ? null : new { category = ApiName(record.Category), record.StartedOn, record.LeftOn };
        if (record is null)
        {
            record = new StaffRecord(userId);
            db.EvaluationStaffRecords.Add(record);
        }

        record.Set(category!.Value, r.StartedOn, r.LeftOn, access.CallerId, clock.GetUtcNow().UtcDateTime);
        audit.Record(EvaluationAudit.Entity, userId, "staffRecordSet", new { category = ApiName(category.Value), r.StartedOn, r.LeftOn, previous });
        await db.SaveChangesAsync(ct);
        return await ReadAsync(userId, ct);
    }

    /// <summary>The category and dates the evaluation uses (no access check: the caller has checked it).</summary>
    public async Task<StaffRecordDto> ReadAsync(Guid userId, CancellationToken ct)
    {
        var record = await db.EvaluationStaffRecords.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, ct);
        if (record is not null)
        {
            return new StaffRecordDto(userId, ApiName(record.Category), Label(record.Category), record.StartedOn, record.LeftOn, "recorded");
        }

        var category = await UnderPublicServiceUnitAsync(userId, ct) ? StaffCategory.PublicEmployee : StaffCategory.CivilServant;
        return new StaffRecordDto(userId, ApiName(category), Label(category), null, null, "body");
    }

    /// <summary>
    /// <see cref="ReadAsync"/> for many people in a fixed number of queries whatever their number (a page of the list, a body-wide
    /// evaluation): the records, the people's positions and the units' tree. No access check. <paramref name="positionsOf"/>: the
    /// people's positions today when the caller has read them already (a body-wide evaluation reads them once for all its batches).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, StaffRecordDto>> ReadManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        await ReadManyAsync(userIds, null, ct);

    /// <inheritdoc cref="ReadManyAsync(IReadOnlyCollection{Guid}, CancellationToken)"/>
    public async Task<IReadOnlyDictionary<Guid, StaffRecordDto>> ReadManyAsync(IReadOnlyCollection<Guid> userIds, Func<Guid, IEnumerable<PersonPosition>>? positionsOf,
        CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        var result = new Dictionary<Guid, StaffRecordDto>();
        if (ids.Count == 0)
        {
            return result;
        }

        foreach (var chunk in ids.Chunk(1000))
        {
            foreach (var record in await db.EvaluationStaffRecords.AsNoTracking().Where(s => chunk.Contains(s.UserId)).ToListAsync(ct))
            {
                result[record.UserId] = new StaffRecordDto(record.UserId, ApiName(record.Category), Label(record.Category), record.StartedOn, record.LeftOn, "recorded");
            }
        }

        var rest = ids.Where(id => !result.ContainsKey(id)).ToList();
        if (rest.Count == 0)
        {
            return result;
        }

        var unitsOf = (positionsOf is null ? await people.PositionsOfAsync(rest, clock.Today(), ct) : rest.SelectMany(positionsOf)).ToLookup(p => p.UserId, p => p.UnitId);
        var tree = (await units.ListAsync(ct)).ToDictionary(u => u.Id);
        foreach (var id in rest)
        {
            var category = unitsOf[id].Distinct().Any(u => UnderPublicServiceUnit(u, x => tree.GetValueOrDefault(x))) ? StaffCategory.PublicEmployee : StaffCategory.CivilServant;
            result[id] = new StaffRecordDto(id, ApiName(category), Label(category), null, null, "body");
        }

        return result;
    }

    private async Task<bool> UnderPublicServiceUnitAsync(Guid userId, CancellationToken ct)
    {
        foreach (var unitId in await people.UnitsOfAsync(userId, clock.Today(), ct))
        {
            var unit = await units.FindAsync(unitId, ct);
            for (var i = 0; unit is not null && i < 20; i++)
            {
                if (unit.Kind == UnitKind.PublicServiceUnit)
                {
                    return true;
                }

                unit = unit.ParentId is { } parent ? await units.FindAsync(parent, ct) : null;
            }
        }

        return false;
    }

    /// <summary>The unit or one of its ancestors (at most 20 levels up) is a public service unit: the same walk as <see cref="UnderPublicServiceUnitAsync"/>.</summary>
    private static bool UnderPublicServiceUnit(Guid unitId, Func<Guid, UnitDto?> find)
    {
        var unit = find(unitId);
        for (var i = 0; unit is not null && i < 20; i++)
        {
            if (unit.Kind == UnitKind.PublicServiceUnit)
            {
                return true;
            }

            unit = unit.ParentId is { } parent ? find(parent) : null;
        }

        return false;
    }

    public static StaffCategory? ParseCategory(string? value) => value switch
    {
        "civilServant" => StaffCategory.CivilServant,
        "publicEmployee" => StaffCategory.PublicEmployee,
        _ => null,
    };

    public static string ApiName(StaffCategory c) => c == StaffCategory.PublicEmployee ? "publicEmployee" : "civilServant";

    public static string Label(StaffCategory c) => c == StaffCategory.PublicEmployee ? "Viên chức" : "Công chức";
}
