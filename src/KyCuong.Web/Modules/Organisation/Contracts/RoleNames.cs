namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>The contract's role names (<c>leader</c>, <c>deputyLeader</c>, …) and their Vietnamese labels.</summary>
public static class RoleNames
{
    private static readonly (OrgRole Role, string Name, string Label)[] All =
    [
        (OrgRole.Administrator, "administrator", "Quản trị"),
        (OrgRole.Leader, "leader", "Lãnh đạo"),
        (OrgRole.DeputyLeader, "deputyLeader", "Phó lãnh đạo"),
        (OrgRole.Specialist, "specialist", "Chuyên viên"),
        (OrgRole.Clerk, "clerk", "Văn thư"),
        (OrgRole.Monitor, "monitor", "Theo dõi, đôn đốc"),
        (OrgRole.Inspector, "inspector", "Thanh tra, kiểm tra"),
    ];

    public static IReadOnlyList<string> Of(OrgRole roles) => All.Where(r => roles.HasFlag(r.Role)).Select(r => r.Name).ToList();

    public static IReadOnlyList<string> LabelsOf(OrgRole roles) => All.Where(r => roles.HasFlag(r.Role)).Select(r => r.Label).ToList();

    public static IEnumerable<(string Name, string Label)> Choices => All.Select(r => (r.Name, r.Label));

    public static bool TryParse(string? name, out OrgRole role)
    {
        foreach (var r in All)
        {
            if (string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                role = r.Role;
                return true;
            }
        }

        role = OrgRole.None;
        return false;
    }
}
