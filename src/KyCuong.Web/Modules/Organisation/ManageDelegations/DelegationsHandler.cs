using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.ManageDelegations;

/// <summary>Written delegation (ủy quyền), docs/domain.md §4: limited in scope and time, never passed on, nothing once expired.</summary>
internal sealed class DelegationsHandler(AppDbContext db, ICurrentUser currentUser, AuditLog audit, TimeProvider clock)
{
    public async Task<DelegationDto> CreateAsync(CreateDelegationRequest request, CancellationToken ct)
    {
        var grantorId = currentUser.UserId ?? throw new ForbiddenException("Chưa đăng nhập. / Not signed in.");
        var today = clock.Today();
        var v = new Validator()
            .Check(request.GranteeUserId is not null, "granteeUserId", "Người được ủy quyền là bắt buộc. / granteeUserId is required.")
            .Check(request.UnitId is not null, "unitId", "Đơn vị là bắt buộc. / unitId is required.")
            .Check(request.ValidFrom is not null, "validFrom", "Ngày bắt đầu là bắt buộc. / validFrom is required.")
            .Check(request.ValidTo is not null, "validTo", "Ngày kết thúc là bắt buộc (ủy quyền phải có thời hạn). / validTo is required.")
            .Require(request.Reason, "reason", "Lý do ủy quyền", 500)
            .MaxLength(request.DocumentReference, "documentReference", "Văn bản ủy quyền", 100)
            .Check(request.Scope is { Count: > 0 }, "scope", "Phạm vi ủy quyền là bắt buộc. / scope is required.");
        var scope = Permission.None;
        foreach (var s in request.Scope ?? [])
        {
            if (PermissionNames.TryParse(s, out var p))
            {
                scope |= p;
            }
            else
            {
                v.Add("scope", $"Quyền không hợp lệ: \"{s}\". / Unknown permission \"{s}\".");
            }
        }

        if (request.ValidFrom is { } from && request.ValidTo is { } to)
        {
            v.Check(from <= to, "validTo", "Ngày kết thúc phải sau ngày bắt đầu. / validTo must not be before validFrom.");
            v.Check(to >= today, "validTo", "Không thể ủy quyền cho khoảng thời gian đã qua. / The period is already over.");
        }

        v.Check(request.GranteeUserId != grantorId, "granteeUserId", "Không thể tự ủy quyền cho mình. / You cannot delegate to yourself.");
        v.ThrowIfInvalid();

        var unitId = request.UnitId!.Value;
        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            throw RequestValidationException.For("unitId", "Đơn vị không tồn tại. / The unit does not exist.");
        }

        if (!await db.Users.AnyAsync(u => u.Id == request.GranteeUserId, ct))
        {
            throw RequestValidationException.For("granteeUserId", "Người được ủy quyền không tồn tại. / The grantee does not exist.");
        }

        // Only powers held through the grantor's own positions count: delegation cannot be passed on.
        var positions = await db.Positions.AsNoTracking().Where(p => p.UserId == grantorId).ToListAsync(ct);
        var grants = AccessPolicy.GrantsOn(today, positions, [], await AccessControl.OfficeParentsAsync(db, positions.Select(p => p.UnitId), ct));
        var coveringAncestors = await db.UnitClosures.Where(c => c.DescendantId == unitId).Select(c => c.AncestorId).ToListAsync(ct);
        if (!AccessPolicy.CanDelegate(grants, scope, coveringAncestors.Contains))
        {
            throw new ForbiddenException("Bạn chỉ được ủy quyền những quyền mình giữ theo chức vụ tại đơn vị này (không ủy quyền lại). / You may delegate only powers you hold by position in this unit.");
        }

        var d = new Delegation
        {
            Id = Guid.CreateVersion7(), GrantorUserId = grantorId, GranteeUserId = request.GranteeUserId!.Value, UnitId = unitId, Scope = scope,
            ValidFrom = request.ValidFrom!.Value, ValidTo = request.ValidTo!.Value, Reason = request.Reason!.Trim(), DocumentReference = request.DocumentReference?.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Delegations.Add(d);
        audit.Record("delegation", d.Id, "created", new { d.GranteeUserId, d.UnitId, Scope = PermissionNames.Of(scope), d.ValidFrom, d.ValidTo }, d.Reason);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(d.Id, ct)).Single();
    }

    /// <summary>The people the caller may delegate to: everyone but the caller, within the scope where the caller assigns work (null: everywhere).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Label)>> GranteeChoicesAsync(IQueryable<Guid>? scope, CancellationToken ct)
    {
        var people = db.Users.AsNoTracking().Where(u => u.Id != currentUser.UserId);
        if (scope is not null)
        {
            people = people.Where(u => db.Positions.Any(p => p.UserId == u.Id && scope.Contains(p.UnitId)));
        }

        var rows = await people.OrderBy(u => u.FullName).Select(u => new { u.Id, Label = u.FullName + " (" + u.UserName + ")" }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Label)).ToList();
    }

    public async Task RevokeAsync(Guid id, CancellationToken ct)
    {
        var d = await db.Delegations.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("Không tìm thấy ủy quyền. / Delegation not found.");
        if (d.GrantorUserId != currentUser.UserId)
        {
            throw new NotFoundException("Không tìm thấy ủy quyền. / Delegation not found.");
        }

        if (d.RevokedAtUtc is not null)
        {
            throw new DomainException("delegation.alreadyRevoked", "Ủy quyền đã bị thu hồi. / Already revoked.");
        }

        d.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("delegation", d.Id, "revoked");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Delegations the caller gave or received (or one of them).</summary>
    public async Task<IReadOnlyList<DelegationDto>> ListAsync(Guid? only, CancellationToken ct)
    {
        var today = clock.Today();
        var rows = await Query(only).ToListAsync(ct);
        return rows.Select(x => ToDto(x, today)).ToList();
    }

    /// <summary>One page of the delegations the caller gave or received, latest start first (docs/api.md "Paging everywhere").</summary>
    public async Task<Paged<DelegationDto>> PageAsync(int? page, int? pageSize, CancellationToken ct)
    {
        var request = Paging.Validate(page, pageSize);
        var today = clock.Today();
        return (await Query(null).ToPageAsync(request, ct)).Select(x => ToDto(x, today));
    }

    private IQueryable<DelegationRow> Query(Guid? only)
    {
        var me = currentUser.UserId;
        var mine = db.Delegations.AsNoTracking().Where(d => d.GrantorUserId == me || d.GranteeUserId == me);
        if (only is { } id)
        {
            mine = mine.Where(d => d.Id == id);
        }

        // Latest start first, then by id so pages are stable.
        return from d in mine.OrderByDescending(d => d.ValidFrom).ThenBy(d => d.Id)
               join g in db.Users on d.GrantorUserId equals g.Id
               join r in db.Users on d.GranteeUserId equals r.Id
               join u in db.Units on d.UnitId equals u.Id
               select new DelegationRow { Delegation = d, GrantorName = g.FullName, GranteeName = r.FullName, UnitName = u.Name };
    }

    private static DelegationDto ToDto(DelegationRow x, DateOnly today) => new(x.Delegation.Id, x.Delegation.GrantorUserId, x.GrantorName, x.Delegation.GranteeUserId,
        x.GranteeName, x.Delegation.UnitId, x.UnitName, PermissionNames.Of(x.Delegation.Scope), x.Delegation.ValidFrom, x.Delegation.ValidTo, x.Delegation.Reason,
        x.Delegation.DocumentReference, x.Delegation.GrantsOn(today));

    private sealed class DelegationRow
    {
        public required Delegation Delegation { get; init; }

        public required string GrantorName { get; init; }

        public required string GranteeName { get; init; }

        public required string UnitName { get; init; }
    }
}
