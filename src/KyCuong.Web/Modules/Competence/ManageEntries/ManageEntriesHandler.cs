using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Competence.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Competence.ManageEntries;

/// <summary>
/// The lines of the competence catalogue (docs/domain.md §9): which unit, or every unit of a level, decides or is concerned with a
/// matter, and the legal mandate that says so (required: a catalogue without its law is an opinion).
/// </summary>
internal sealed class ManageEntriesHandler(AppDbContext db, IAccessControl access, IUnitDirectory units, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<EntryItem>> ListAsync(string? matterCode, Guid? unitId, CancellationToken ct)
    {
        var q = db.CompetenceEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(matterCode))
        {
            q = q.Where(e => e.MatterCode == matterCode);
        }

        string? kind = null;
        if (unitId is { } u)
        {
            // A unit's catalogue: its own entries and those for its level.
            kind = (await units.FindAsync(u, ct)) is { } unit ? CompetenceCatalogue.KindName(unit.Kind) : null;
            q = q.Where(e => e.UnitId == u || (e.UnitId == null && e.UnitKind == kind));
        }

        var entries = await q.ToListAsync(ct);
        var matters = await db.CompetenceMatters.AsNoTracking().ToDictionaryAsync(m => m.Code, ct);
        var names = await units.FindManyAsync(entries.Where(e => e.UnitId != null).Select(e => e.UnitId!.Value).Distinct().ToList(), ct);
        return entries
            .Select(e => ToItem(e, matters[e.MatterCode], e.UnitId is { } id && names.TryGetValue(id, out var n) ? n.Name : null))
            .OrderBy(e => e.Field ?? "", StringComparer.Ordinal).ThenBy(e => e.MatterName, StringComparer.Ordinal).ThenBy(e => e.Role, StringComparer.Ordinal)
            .ThenBy(e => e.UnitName ?? e.UnitKind, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<EntryItem> CreateAsync(CreateEntryRequest request, CancellationToken ct)
    {
        await CompetenceAudit.EnsureCanManageAsync(access, ct);
        var v = new Validator()
            .Require(request.MatterCode, "matterCode", "Loại việc", 100)
            .Require(request.Role, "role", "Vai trò (quyết định / liên quan)", 20)
            .Require(request.LegalBasis, "legalBasis", "Căn cứ pháp lý (văn bản quy định chức năng, nhiệm vụ)", 1000);
        var role = ParseRole(request.Role);
        if (!string.IsNullOrWhiteSpace(request.Role) && role is null)
        {
            v.Add("role", "Vai trò phải là decides (quyết định) hoặc concerned (liên quan). / role must be decides or concerned.");
        }

        var kind = string.IsNullOrWhiteSpace(request.UnitKind) ? null : request.UnitKind.Trim();
        if ((request.UnitId is null) == (kind is null))
        {
            v.Add("unitId", "Chọn một đơn vị hoặc một cấp (loại đơn vị), không chọn cả hai. / Name either a unit or a unit kind, not both.");
        }

        if (kind is not null && !Enum.GetValues<UnitKind>().Any(k => CompetenceCatalogue.KindName(k) == kind))
        {
            v.Add("unitKind", "Loại đơn vị không hợp lệ (vd. commune, department, province). / Unknown unit kind.");
        }

        v.ThrowIfInvalid();
        var matter = await db.CompetenceMatters.AsNoTracking().FirstOrDefaultAsync(m => m.Code == request.MatterCode, ct)
            ?? throw RequestValidationException.For("matterCode", "Loại việc không có trong danh mục. / The matter is not in the catalogue.");
        string? unitName = null;
        if (request.UnitId is { } unitId)
        {
            unitName = (await units.FindAsync(unitId, ct))?.Name
                ?? throw RequestValidationException.For("unitId", "Đơn vị không tồn tại. / The unit does not exist.");
        }

        if (await db.CompetenceEntries.AnyAsync(e => e.MatterCode == matter.Code && e.UnitId == request.UnitId && e.UnitKind == kind && e.Role == role, ct))
        {
            throw new DomainException("competence.entryExists", "Mục thẩm quyền này đã có. / This catalogue entry already exists.");
        }

        var entry = new CompetenceEntry
        {
            Id = Guid.CreateVersion7(), MatterCode = matter.Code, UnitId = request.UnitId, UnitKind = kind, Role = role!.Value,
            LegalBasis = request.LegalBasis!.Trim(), CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CompetenceEntries.Add(entry);
        audit.Record(CompetenceAudit.EntryEntity, entry.Id, CompetenceAudit.Created, new { entry.MatterCode, entry.UnitId, entry.UnitKind, role = RoleName(entry.Role), entry.LegalBasis });
        await db.SaveChangesAsync(ct);
        return ToItem(entry, matter, unitName);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await CompetenceAudit.EnsureCanManageAsync(access, ct);
        var entry = await db.CompetenceEntries.FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new NotFoundException("Không tìm thấy mục thẩm quyền. / Catalogue entry not found.");
        db.CompetenceEntries.Remove(entry);
        audit.Record(CompetenceAudit.EntryEntity, entry.Id, CompetenceAudit.Deleted, new { entry.MatterCode, entry.UnitId, entry.UnitKind, role = RoleName(entry.Role), entry.LegalBasis });
        await db.SaveChangesAsync(ct);
    }

    internal static CompetenceRole? ParseRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "decides" => CompetenceRole.Decides,
        "concerned" => CompetenceRole.Concerned,
        _ => null,
    };

    public static string RoleName(CompetenceRole role) => role == CompetenceRole.Decides ? "decides" : "concerned";

    public static string RoleLabel(string role) => role == "decides" ? "Quyết định" : "Liên quan (tham mưu, quản lý ngành)";

    private static EntryItem ToItem(CompetenceEntry e, MatterKind m, string? unitName) =>
        new(e.Id, m.Code, m.Name, m.Field, e.UnitId, unitName, e.UnitKind, RoleName(e.Role), e.LegalBasis);
}
