namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>camelCase names of permissions for the API (<c>viewWork</c>, <c>assignWork</c>, …).</summary>
public static class PermissionNames
{
    public static IReadOnlyList<string> Of(Permission permissions) =>
        Enum.GetValues<Permission>().Where(p => p != Permission.None && permissions.HasFlag(p))
            .Select(p => char.ToLowerInvariant(p.ToString()[0]) + p.ToString()[1..]).ToList();

    public static bool TryParse(string? name, out Permission permission)
    {
        foreach (var p in Enum.GetValues<Permission>())
        {
            if (p != Permission.None && string.Equals(p.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                permission = p;
                return true;
            }
        }

        permission = Permission.None;
        return false;
    }
}
