using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.Domain;

/// <summary>
/// A written delegation (ủy quyền) from a leader to another person: limited in scope (permissions, one unit's subtree)
/// and in time. docs/domain.md §4: delegation cannot be passed on; an expired delegation grants nothing.
/// </summary>
internal sealed class Delegation
{
    public Guid Id { get; set; }

    public Guid GrantorUserId { get; set; }

    public Guid GranteeUserId { get; set; }

    public Guid UnitId { get; set; }

    public Permission Scope { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidTo { get; set; }

    public string Reason { get; set; } = "";

    public string? DocumentReference { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public bool GrantsOn(DateOnly date) => RevokedAtUtc is null && ValidFrom <= date && date <= ValidTo;
}
