using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Platform.Web;

/// <summary>
/// Each module keeps its Razor Pages beside its handlers (ADR 0001): <c>Modules/&lt;Module&gt;/Pages/X</c> answers at
/// <c>/&lt;Module&gt;/X</c>, a module's <c>Pages/Admin/X</c> and <c>Pages/Account/X</c> at
/// <c>/Admin/X</c> and <c>/Account/X</c>, and the shared pages in
/// <c>Platform/Web/Pages/X</c> at <c>/X</c>. The page's route value (the name <c>asp-page</c> and
/// <c>RedirectToPage</c> use) is rewritten the same way, so a page is named by its URL, never by its folder.
/// </summary>
internal sealed class ModulePageRoutes : IPageRouteModelConvention
{
    /// <summary>Folders of a module's Pages that answer at the site's root: administration and the signed-in account.</summary>
    internal static readonly string[] SharedAreas = ["Admin", "Account"];

    internal const string ModulesFolder = "Modules/";
    internal const string PagesFolder = "/Pages";
    internal const string PlatformPagesFolder = "Platform/Web/Pages";
    internal const string SharedViews = "/Platform/Web/Pages/Shared/{0}.cshtml";

    /// <summary>
    /// Partials are looked up along the page's name (its URL), where <c>{1}</c> is each folder of that name; a page
    /// named <c>/Tasks/X</c> finds the partials of <c>Modules/Tasks/Pages</c>.
    /// </summary>
    internal const string ModuleViews = "/Modules/{1}/Pages/{0}.cshtml";

    public static void Configure(RazorPagesOptions options)
    {
        options.RootDirectory = "/";
        options.Conventions.Add(new ModulePageRoutes());
    }

    public static void ConfigureViews(RazorViewEngineOptions options)
    {
        options.PageViewLocationFormats.Add(ModuleViews);
        options.PageViewLocationFormats.Add(SharedViews);
    }

    /// <summary>The public path of a page or template relative to the content root (no leading slash), or null when it is not under a pages folder.</summary>
    public static string? PublicPath(string path)
    {
        if (path == PlatformPagesFolder || path.StartsWith(PlatformPagesFolder + "/", StringComparison.Ordinal))
        {
            return path[PlatformPagesFolder.Length..].TrimStart('/');
        }

        if (!path.StartsWith(ModulesFolder, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path[ModulesFolder.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var module = slash < 0 ? rest : rest[..slash];
        var afterModule = slash < 0 ? string.Empty : rest[slash..];
        if (afterModule != PagesFolder && !afterModule.StartsWith(PagesFolder + "/", StringComparison.Ordinal))
        {
            return null;
        }

        var inPages = afterModule[PagesFolder.Length..].TrimStart('/');
        return SharedAreas.Any(area => inPages.StartsWith(area + "/", StringComparison.Ordinal))
            ? inPages
            : inPages.Length == 0 ? module : module + "/" + inPages;
    }

    public void Apply(PageRouteModel model)
    {
        var name = PublicPath(model.ViewEnginePath.TrimStart('/'))
            ?? throw new InvalidOperationException($"Razor page {model.RelativePath} is outside a module's Pages folder and Platform/Web/Pages.");
        model.RouteValues["page"] = "/" + name;
        foreach (var selector in model.Selectors)
        {
            var template = selector.AttributeRouteModel?.Template;
            if (template is null || template.StartsWith('/'))
            {
                continue;
            }

            selector.AttributeRouteModel!.Template = PublicPath(template) ?? template;
        }
    }
}
