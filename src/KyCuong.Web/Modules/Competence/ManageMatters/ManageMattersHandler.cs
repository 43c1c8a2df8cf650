using System.Text.RegularExpressions;
using KyCuong.Web.Modules.Competence.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Competence.ManageMatters;

/// <summary>
/// The kinds of matter of the competence catalogue (docs/domain.md §9). Every official may read them (they are public law);
/// organisation managers add, rename and delete them; a matter still named by an entry cannot be deleted.
/// </summary>
internal sealed partial class ManageMattersHandler(AppDbContext db, IAccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<MatterItem>> ListAsync(CancellationToken ct)
    {
        var counts = await db.CompetenceEntries.AsNoTracking().GroupBy(e => e.MatterCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var matters = await db.CompetenceMatters.AsNoTracking().ToListAsync(ct);
        return matters.OrderBy(m => m.Field ?? "", StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new MatterItem(m.Code, m.Name, m.Field, counts.GetValueOrDefault(m.Code))).ToList();
    }

    public async Task<MatterItem> CreateAsync(CreateMatterRequest request, CancellationToken ct)
    {
        await CompetenceAudit.EnsureCanManageAsync(access, ct);
        var code = request.Code?.Trim().ToLowerInvariant();
        var v = new Validator()
            .Require(code, "code", "Mã loại việc", 100)
            .Require(request.Name, "name", "Tên loại việc", 300)
            .MaxLength(request.Field, "field", "Lĩnh vực", 200);
        if (!string.IsNullOrEmpty(code) && code.Length <= 100)
        {
            v.Check(CodePattern().IsMatch(code), "code", "Mã chỉ gồm chữ thường không dấu, số, dấu chấm và gạch nối (vd. dat-dai.giao-dat). / Use lower-case letters, digits, dots and hyphens.");
        }

        v.ThrowIfInvalid();
        if (await db.CompetenceMatters.AnyAsync(m => m.Code == code, ct))
        {
            throw new DomainException("competence.matterExists", $"Mã loại việc {code} đã có. / The matter code {code} already exists.");
        }

        var matter = new MatterKind { Code = code!, Name = request.Name!.Trim(), Field = Blank(request.Field), CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.CompetenceMatters.Add(matter);
        audit.Record(CompetenceAudit.MatterEntity, CompetenceAudit.MatterAuditId(matter.Code), CompetenceAudit.Created, new { matter.Code, matter.Name, matter.Field });
        await db.SaveChangesAsync(ct);
        return new MatterItem(matter.Code, matter.Name, matter.Field, 0);
    }

    public async Task<MatterItem> UpdateAsync(string code, UpdateMatterRequest request, CancellationToken ct)
    {
        await CompetenceAudit.EnsureCanManageAsync(access, ct);
        new Validator().Require(request.Name, "name", "Tên loại việc", 300).MaxLength(request.Field, "field", "Lĩnh vực", 200).ThrowIfInvalid();
        var matter = await db.CompetenceMatters.FirstOrDefaultAsync(m => m.Code == code, ct) ?? throw NotFound();
        var before = new { matter.Name, matter.Field };
        matter.Name = request.Name!.Trim();
        matter.Field = Blank(request.Field);
        audit.Record(CompetenceAudit.MatterEntity, CompetenceAudit.MatterAuditId(matter.Code), CompetenceAudit.Updated, new { matter.Code, before, after = new { matter.Name, matter.Field } });
        await db.SaveChangesAsync(ct);
        var count = await db.CompetenceEntries.CountAsync(e => e.MatterCode == code, ct);
        return new MatterItem(matter.Code, matter.Name, matter.Field, count);
    }

    public async Task DeleteAsync(string code, CancellationToken ct)
    {
        await CompetenceAudit.EnsureCanManageAsync(access, ct);
        var matter = await db.CompetenceMatters.FirstOrDefaultAsync(m => m.Code == code, ct) ?? throw NotFound();
        var used = await db.CompetenceEntries.CountAsync(e => e.MatterCode == code, ct);
        if (used > 0)
        {
            throw new DomainException("competence.matterInUse",
                $"Loại việc đang được {used} mục thẩm quyền sử dụng; hãy xóa các mục đó trước. / The matter is used by {used} catalogue entries; delete them first.");
        }

        db.CompetenceMatters.Remove(matter);
        audit.Record(CompetenceAudit.MatterEntity, CompetenceAudit.MatterAuditId(matter.Code), CompetenceAudit.Deleted, new { matter.Code, matter.Name, matter.Field });
        await db.SaveChangesAsync(ct);
    }

    internal static NotFoundException NotFound() => new("Không tìm thấy loại việc. / Matter not found.");

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex CodePattern();
}
