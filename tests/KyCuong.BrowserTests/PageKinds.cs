using System.Text.RegularExpressions;

namespace KyCuong.BrowserTests;

/// <summary>Kinds of page: what the accessibility walk and the screenshots' axe check count as "the same page".</summary>
public static partial class PageKinds
{
    /// <summary>The kind of page: ids become {id}, report periods (2026, 2026-Q3, 2026-H1, 2026-07) {period}; query values that only choose data (a unit, a page, a search) are dropped.</summary>
    public static string Of(string pathAndQuery)
    {
        var parts = pathAndQuery.Split('?', 2);
        var path = Period().Replace(Id().Replace(parts[0], "{id}"), "/{period}").TrimEnd('/');
        if (path.Length == 0 || path == "/Index")
        {
            path = "/";
        }

        if (parts.Length == 1)
        {
            return path;
        }

        string[] meaningful = ["direction", "status", "all", "tab", "view"];
        var kept = parts[1].Split('&').Select(p => p.Split('=', 2)).Where(p => meaningful.Contains(p[0], StringComparer.OrdinalIgnoreCase))
            .Select(p => p[0] + "=" + (p.Length > 1 ? p[1] : "")).Order(StringComparer.Ordinal);
        var query = string.Join('&', kept);
        return query.Length == 0 ? path : path + "?" + query;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Id();

    [GeneratedRegex("/[0-9]{4}(-(Q[1-4]|H[12]|[0-9]{2}))?(?=/|$)")]
    private static partial Regex Period();
}
