using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Procedures;

/// <summary>
/// Who sees and keeps a body's simplification plans (docs/domain.md "Procedures: simplification plans and the 766 index"). The body's
/// staff read them: anyone who sees work on the body or on a unit inside it (ADR 0003). Those who keep the body's procedures edit
/// them: its leaders and the office controlling procedures (Monitor on the body, as in <see cref="ProcedureAccess"/>), or an
/// administrator. Anyone else gets 404, so another body's plans stay unseen.
/// </summary>
internal sealed class SimplificationAccess(IAccessControl access, IUnitDirectory units)
{
    internal static NotFoundException NotFound() => new("Không tìm thấy kế hoạch đơn giản hóa. / Simplification plan not found.");

    public async Task<bool> CanReadAsync(Guid bodyUnitId, CancellationToken ct)
    {
        if (await access.HasAsync(Permission.ViewWork, bodyUnitId, ct) || await access.HasAsync(Permission.Monitor, bodyUnitId, ct))
        {
            return true;
        }

        var scope = await access.ScopeAsync(Permission.ViewWork, ct);
        if (scope is null)
        {
            return true;
        }

        var inside = units.Subtree(bodyUnitId);
        return await scope.AnyAsync(u => inside.Contains(u), ct);
    }

    public Task<bool> CanEditAsync(Guid bodyUnitId, CancellationToken ct) => access.HasAsync(Permission.Monitor, bodyUnitId, ct);

    /// <summary>404 unless the caller reads the body's plans, 403 unless the caller also edits them.</summary>
    public async Task EnsureEditAsync(Guid bodyUnitId, CancellationToken ct)
    {
        if (!await CanReadAsync(bodyUnitId, ct))
        {
            throw NotFound();
        }

        if (!await CanEditAsync(bodyUnitId, ct))
        {
            throw new ForbiddenException("Chỉ lãnh đạo cơ quan, bộ phận kiểm soát thủ tục hành chính hoặc quản trị được sửa kế hoạch này. / "
                + "Only the body's leaders, its office controlling procedures or an administrator may change this plan.");
        }
    }
}
