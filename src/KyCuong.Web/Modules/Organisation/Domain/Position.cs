using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.Domain;

/// <summary>A person's position (chức vụ) in a unit with the roles it carries. A person may hold several (docs/domain.md §4).</summary>
internal sealed class Position
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid UnitId { get; set; }

    public string Title { get; set; } = "";

    public OrgRole Roles { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public bool IsInForceOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
}
