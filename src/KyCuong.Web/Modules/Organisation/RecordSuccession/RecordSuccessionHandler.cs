using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.RecordSuccession;

/// <summary>Records the 2025-style reform of a unit (docs/domain.md §4): it ends the day before the effective date and names its successor.</summary>
internal sealed class RecordSuccessionHandler(AppDbContext db, IAccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task<UnitDto> HandleAsync(Guid unitId, RecordSuccessionRequest request, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId, ct) ?? throw new NotFoundException("Không tìm thấy đơn vị. / Unit not found.");
        await access.EnsureAsync(Permission.ManageOrganisation, unitId, ct);

        var v = new Validator()
            .Check(request.Kind is not null, "kind", "Hình thức kế thừa là bắt buộc (merge, split, rename, dissolve). / kind is required.")
            .Check(request.EffectiveOn is not null, "effectiveOn", "Ngày hiệu lực là bắt buộc. / effectiveOn is required.")
            .MaxLength(request.LegalBasis, "legalBasis", "Căn cứ pháp lý", 300);
        if (request.Kind == SuccessionKind.Rename)
        {
            v.Require(request.NewName, "newName", "Tên mới", 300).Require(request.NewShortName, "newShortName", "Tên viết tắt mới", 40);
        }
        else if (request.Kind is not null)
        {
            v.Check(request.SuccessorIds is { Count: > 0 }, "successorIds", "Cần ít nhất một đơn vị kế thừa. / At least one successor is required.");
            v.Check(request.Kind == SuccessionKind.Split || request.SuccessorIds is not { Count: > 1 }, "successorIds",
                "Chỉ trường hợp chia tách mới có nhiều đơn vị kế thừa. / Only a split has several successors.");
        }

        v.ThrowIfInvalid();
        var effectiveOn = request.EffectiveOn!.Value;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        List<Unit> successors;
        if (request.Kind == SuccessionKind.Rename)
        {
            var renamed = new Unit(Guid.CreateVersion7(), request.NewName!.Trim().Normalize(), request.NewShortName!.Trim().Normalize(), unit.Kind, unit.ParentId, effectiveOn);
            await UnitTreeWriter.AddAsync(db, renamed, ct);
            await db.SaveChangesAsync(ct);
            var children = await db.Units.Where(u => u.ParentId == unit.Id && u.ValidTo == null).Select(u => u.Id).ToListAsync(ct);
            foreach (var child in children)
            {
                await UnitTreeMover.MoveAsync(db, child, renamed.Id, ct);
            }

            successors = [renamed];
        }
        else
        {
            successors = await db.Units.Where(u => request.SuccessorIds!.Contains(u.Id)).ToListAsync(ct);
            if (successors.Count != request.SuccessorIds!.Distinct().Count())
            {
                throw RequestValidationException.For("successorIds", "Đơn vị kế thừa không tồn tại. / A successor does not exist.");
            }

            foreach (var s in successors)
            {
                if (!s.IsInForceOn(effectiveOn))
                {
                    throw new DomainException("org.successorNotInForce", $"Đơn vị kế thừa \"{s.Name}\" không còn hoạt động vào ngày {effectiveOn:dd/MM/yyyy}.");
                }

                if (await db.UnitClosures.AnyAsync(c => c.AncestorId == unit.Id && c.DescendantId == s.Id, ct))
                {
                    throw new DomainException("org.successorInsideSubtree", "Đơn vị kế thừa không thể là đơn vị trực thuộc của đơn vị bị kế thừa.");
                }
            }
        }

        unit.EndWithSuccessor(successors[0].Id, effectiveOn);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var s in successors)
        {
            db.UnitSuccessions.Add(new UnitSuccession
            {
                Id = Guid.CreateVersion7(), PredecessorId = unit.Id, SuccessorId = s.Id, Kind = request.Kind!.Value, EffectiveOn = effectiveOn,
                LegalBasis = request.LegalBasis?.Trim(), RecordedAtUtc = now,
            });
        }

        audit.Record("unit", unit.Id, "succeeded", new { request.Kind, EffectiveOn = effectiveOn, Successors = successors.Select(s => s.Id) }, request.LegalBasis);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return UnitDirectory.ToDto(unit);
    }
}
