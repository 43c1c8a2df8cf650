using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.CreateUnit;

internal sealed class CreateUnitHandler(AppDbContext db, IAccessControl access, AuditLog audit)
{
    public async Task<UnitDto> HandleAsync(CreateUnitRequest request, CancellationToken ct)
    {
        var v = new Validator()
            .Require(request.Name, "name", "Tên đơn vị", 300)
            .Require(request.ShortName, "shortName", "Tên viết tắt", 40)
            .Check(request.Kind is not null, "kind", "Loại đơn vị là bắt buộc. / kind is required.");
        v.ThrowIfInvalid();

        if (request.ParentId is { } parentId)
        {
            var parent = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, ct)
                ?? throw RequestValidationException.For("parentId", "Đơn vị cấp trên không tồn tại. / The parent unit does not exist.");
            await access.EnsureAsync(Permission.ManageOrganisation, parentId, ct);
            if (parent.ValidTo is not null)
            {
                throw new DomainException("org.parentEnded", $"Đơn vị cấp trên \"{parent.Name}\" đã chấm dứt hoạt động; hãy chọn đơn vị kế thừa. / The parent unit has ended.");
            }
        }
        else if (!await access.IsAdministratorAsync(ct))
        {
            throw new ForbiddenException("Chỉ quản trị hệ thống được tạo đơn vị gốc. / Only administrators create root units.");
        }

        var unit = new Unit(Guid.CreateVersion7(), request.Name!.Trim().Normalize(), request.ShortName!.Trim().Normalize(), request.Kind!.Value, request.ParentId, request.ValidFrom);
        await UnitTreeWriter.AddAsync(db, unit, ct);
        audit.Record("unit", unit.Id, "created", new { unit.Name, unit.ShortName, unit.Kind, unit.ParentId });
        await db.SaveChangesAsync(ct);
        return UnitDirectory.ToDto(unit);
    }
}
