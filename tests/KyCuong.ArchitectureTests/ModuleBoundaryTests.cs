using System.Reflection;
using Microsoft.AspNetCore.Routing;
using NetArchTest.Rules;

namespace KyCuong.ArchitectureTests;

/// <summary>Module boundaries are kept by tests, not by a project per layer (ADR 0001).</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Web = typeof(KyCuong.Web.AppHost).Assembly;
    private const string ModulesPrefix = "KyCuong.Web.Modules.";

    private static List<string> Modules() => Web.GetTypes()
        .Select(t => t.Namespace)
        .Where(n => n is not null && n.StartsWith(ModulesPrefix, StringComparison.Ordinal))
        .Select(n => n![ModulesPrefix.Length..].Split('.')[0])
        .Distinct()
        .ToList();

    /// <summary>Full names of a module's types outside its Contracts namespace (NetArchTest matches names by prefix, so types, not namespaces).</summary>
    private static string[] InternalsOf(string module) => Web.GetTypes()
        .Where(t => t.Namespace is not null
            && (t.Namespace == ModulesPrefix + module || t.Namespace.StartsWith(ModulesPrefix + module + ".", StringComparison.Ordinal))
            && !t.Namespace.StartsWith(ModulesPrefix + module + ".Contracts", StringComparison.Ordinal)
            && !t.Name.StartsWith('<'))
        .Select(t => t.FullName!.Split('`')[0])
        .Distinct()
        .ToArray();

    [Fact]
    public void Modules_UseOtherModulesOnlyThroughContracts()
    {
        var modules = Modules();
        modules.ShouldContain("Organisation");
        var internals = modules.ToDictionary(m => m, InternalsOf);
        var violations = new List<string>();
        foreach (var module in modules)
        {
            // One pass over the assembly per module against every other module's internals at once; only a module that fails
            // is checked again module by module, to name whose internals it uses (a pass per pair took 47 s of the suite).
            var forbidden = modules.Where(m => m != module).SelectMany(m => internals[m]).ToArray();
            if (forbidden.Length == 0 || Types.InAssembly(Web).That().ResideInNamespaceStartingWith(ModulesPrefix + module)
                    .Should().NotHaveDependencyOnAny(forbidden).GetResult().IsSuccessful)
            {
                continue;
            }

            foreach (var other in modules.Where(m => m != module && internals[m].Length > 0))
            {
                var result = Types.InAssembly(Web).That().ResideInNamespaceStartingWith(ModulesPrefix + module)
                    .Should().NotHaveDependencyOnAny(internals[other]).GetResult();
                if (!result.IsSuccessful)
                {
                    violations.AddRange(result.FailingTypeNames.Select(t => $"{t} uses {other} internals"));
                }
            }
        }

        violations.ShouldBeEmpty();
    }

    /// <summary>Known exceptions: none; the platform's pages read modules through their contracts only.</summary>
    private static readonly HashSet<string> KnownPlatformShellDependencies = new(StringComparer.Ordinal);

    [Fact]
    public void Platform_DoesNotDependOnModuleInternals()
    {
        var internals = Modules().SelectMany(InternalsOf).ToArray();
        var result = Types.InAssembly(Web).That().ResideInNamespaceStartingWith("KyCuong.Web.Platform")
            .And().DoNotResideInNamespace("KyCuong.Web.Platform.Persistence") // the one context is a partial class across modules
            .Should().NotHaveDependencyOnAny(internals).GetResult();
        (result.FailingTypeNames ?? []).Where(t => !KnownPlatformShellDependencies.Contains(t)).ShouldBeEmpty();
    }

    [Fact]
    public void Domain_HasNoWebOrDatabaseDependencies()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespaceEndingWith(".Domain")
            .Should().NotHaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "KyCuong.Web.Platform.Persistence")
            .GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void PureLibraries_HaveNoWebOrDatabaseDependencies()
    {
        var pure = new[] { typeof(KyCuong.Calendar.WorkingCalendar).Assembly };
        foreach (var assembly in pure)
        {
            var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
            referenced.ShouldNotContain(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || n.StartsWith("KyCuong.Web", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Endpoints_AllUnderApiV1_AndRequireAuthorisationUnlessAnonymousByDesign()
    {
        using var app = KyCuong.Web.AppHost.Build(["--environment=Testing", "--Database:Provider=Sqlite", "--ConnectionStrings:Default=Data Source=:memory:"]);
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true).ToList();
        endpoints.ShouldNotBeEmpty();
        var anonymousByDesign = new HashSet<string>(StringComparer.Ordinal) { "/api/v1/auth/token" };
        foreach (var e in endpoints)
        {
            e.RoutePattern.RawText!.ShouldStartWith("/api/v1/");
            if (anonymousByDesign.Contains(e.RoutePattern.RawText!))
            {
                continue;
            }

            // The citizens' public door (docs/domain.md "Citizens") is anonymous by design and always rate-limited per address.
            if (e.RoutePattern.RawText!.StartsWith("/api/v1/public/", StringComparison.Ordinal))
            {
                e.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>().ShouldNotBeNull($"{e.RoutePattern.RawText} is public without a rate limit");
                continue;
            }

            e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().ShouldNotBeNull($"{e.RoutePattern.RawText} has no authorisation");
            e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().ShouldBeNull($"{e.RoutePattern.RawText} allows anonymous access");
        }
    }

    [Fact]
    public void RazorPages_OnlyLoginAndErrorAreAnonymous()
    {
        var pageModels = Web.GetTypes().Where(t => typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        pageModels.ShouldNotBeEmpty();

        // Besides Login and Error (anonymous by convention in AppHost), only the citizens' public pages, each rate-limited.
        var publicDoor = new HashSet<string>(StringComparer.Ordinal)
        {
            "KyCuong.Web.Modules.Citizens.Pages.SubmitModel", "KyCuong.Web.Modules.Citizens.Pages.TrackModel", "KyCuong.Web.Modules.Citizens.Pages.AnswersModel",
        };
        var anonymous = pageModels.Where(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute), true).Length > 0).ToList();
        anonymous.Select(t => t.FullName).Where(n => !publicDoor.Contains(n!)).ShouldBeEmpty();
        anonymous.Where(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute), true).Length == 0)
            .Select(t => t.Name).ShouldBeEmpty();
    }
}
