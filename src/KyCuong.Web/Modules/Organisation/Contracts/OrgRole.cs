namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>Roles a person holds through a position in a unit (docs/domain.md §2).</summary>
[Flags]
public enum OrgRole
{
    None = 0,
    Administrator = 1,
    Leader = 2,
    DeputyLeader = 4,
    Specialist = 8,
    Clerk = 16,
    Monitor = 32,
    Inspector = 64,
}
