using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;

namespace KyCuong.ArchitectureTests;

/// <summary>
/// The shape of the host (ADR 0001): each module owns its pages, names only its own tables, shows only its Contracts,
/// and handlers and pages receive what they need instead of looking it up.
/// </summary>
public sealed partial class ShapeTests
{
    private static readonly Assembly Web = typeof(KyCuong.Web.AppHost).Assembly;

    /// <summary>Known exceptions to the boundary rules; none today, and a new one needs a reason here.</summary>
    private static readonly Dictionary<string, string> KnownForeignSql = new(StringComparer.Ordinal);

    private static readonly HashSet<string> KnownServiceLocators = new(StringComparer.Ordinal);

    /// <summary>
    /// Code that legitimately resolves from a container: each module's composition (<c>*Module.cs</c>), the sweep,
    /// which opens one scope per parallel worker (ADR 0006), and hosted services, which live outside any request and
    /// open their own scope.
    /// </summary>
    private static readonly HashSet<string> CompositionRoots = new(StringComparer.Ordinal)
    {
        "Chasing/Sweep/ChasingSweep.cs",
        "Organisation/Seeding/DemoPasswordWarning.cs",
    };

    /// <summary>
    /// The same allow-list for the demo's platform code (paths under <c>Platform/Demo</c>): the demo history builds a second
    /// container from the host's registrations, with the simulated clock, and resolves each module's scenes and the jobs from
    /// one scope per scene; the scenes themselves (<c>*History.cs</c> in the modules) receive their handlers.
    /// </summary>
    private static readonly HashSet<string> DemoCompositionRoots = new(StringComparer.Ordinal)
    {
        "DemoHistory.cs",
    };

    /// <summary>Table prefix of each module (the <c>ToTable</c> names in its Persistence configuration); the platform's is sys_.</summary>
    private static readonly Dictionary<string, string> TablePrefixes = new(StringComparer.Ordinal)
    {
        ["Organisation"] = "org_", ["Calendar"] = "cal_", ["Documents"] = "doc_", ["Tasks"] = "task_", ["Consultations"] = "csl_",
        ["Submissions"] = "sub_", ["Competence"] = "cmp_", ["Chasing"] = "chs_", ["Notifications"] = "ntf_", ["Platform"] = "sys_",
        ["Citizens"] = "cit_", ["Reports"] = "rpt_", ["OneStop"] = "os_", ["Procedures"] = "proc_", ["Webhooks"] = "hook_", ["Exchange"] = "exch_",

        // "Việc cần xử lý" owns no table: it reads the other modules through their contracts, so any table it named would be foreign.
        ["Work"] = "wrk_", ["Evaluation"] = "eval_", ["Inspections"] = "insp_",
        ["Drafts"] = "dft_",
    };

    private static string ModulesDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KyCuong.slnx")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("KyCuong.slnx not found above the test output"), "src", "KyCuong.Web", "Modules");
        }
    }

    private static IEnumerable<(string Module, string RelativePath, string Text)> ModuleSources(string pattern = "*.cs") =>
        Directory.EnumerateFiles(ModulesDirectory, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(ModulesDirectory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Select(rel => (rel.Split('/')[0], rel, File.ReadAllText(Path.Combine(ModulesDirectory, rel))));

    [Fact]
    public void RazorPages_LiveInTheirModuleOrInThePlatformShell()
    {
        var modules = Directory.EnumerateDirectories(ModulesDirectory).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var pages = Web.GetCustomAttributes<RazorCompiledItemAttribute>().Where(a => a.Kind == "mvc.1.0.razor-page").Select(a => a.Identifier).ToList();
        pages.Count.ShouldBeGreaterThan(30);
        var misplaced = pages.Where(p =>
        {
            var m = PageInModule().Match(p);
            return !(m.Success && modules.Contains(m.Groups[1].Value)) && !p.StartsWith("/Platform/Web/Pages/", StringComparison.Ordinal);
        }).ToList();
        misplaced.ShouldBeEmpty();

        var models = Web.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        models.ShouldNotBeEmpty();
        models.Where(t => !(ModelInModule().IsMatch(t.Namespace ?? "") || (t.Namespace ?? "").StartsWith("KyCuong.Web.Platform.Web.Pages", StringComparison.Ordinal)))
            .Select(t => t.FullName).ShouldBeEmpty();
    }

    [Fact]
    public void ModuleCode_NamesOnlyItsOwnTables()
    {
        var violations = new List<string>();
        foreach (var (module, path, text) in ModuleSources())
        {
            var own = TablePrefixes[module];
            KnownForeignSql.TryGetValue(path, out var tolerated);
            foreach (Match m in TableName().Matches(StripComments(text)))
            {
                if (!m.Value.StartsWith(own, StringComparison.Ordinal) && !(tolerated is not null && m.Value.StartsWith(tolerated, StringComparison.Ordinal)))
                {
                    violations.Add($"{path} names {m.Value}");
                }
            }
        }

        violations.Distinct().ShouldBeEmpty();
    }

    [Fact]
    public void ModuleCode_NamesOnlyItsOwnTables_SeesAForeignTable()
    {
        // The check above must see a table name inside SQL text and ignore it in comments.
        TableName().Matches(StripComments("// task_tasks\nvar sql = $\"SELECT 1 FROM task_tasks WHERE x\";")).Select(m => m.Value).ShouldBe(["task_tasks"]);
        TableName().Matches(StripComments("/* sys_audit */ var s = \"\"\"COPY sys_outbox (\"Id\") FROM STDIN\"\"\";")).Select(m => m.Value).ShouldBe(["sys_outbox"]);
    }

    [Fact]
    public void Modules_PublishOnlyTheirContracts()
    {
        // Only a module's Contracts namespace is public, so the compiler, not a review, keeps other modules (and the
        // platform) from reaching into its handlers, entities and tables. Tests and tools see internals by InternalsVisibleTo.
        var published = Web.GetTypes()
            .Where(t => t.IsVisible && t.Namespace is { } ns && ns.StartsWith("KyCuong.Web.Modules.", StringComparison.Ordinal) && !ns.Split('.').Contains("Contracts"))
            .Select(t => t.FullName)
            .ToList();
        published.ShouldBeEmpty();
    }

    [Fact]
    public void Platform_PublishesOnlyTheEntryPointAndTheProviderChoice()
    {
        // The host's own types are internal too; Program (for the test hosts) and the provider enum (test fixtures take it
        // in their public constructors) are the only exceptions, with the day-first date field's tag helper: Razor discovers
        // public tag helpers only.
        var published = Web.GetTypes()
            .Where(t => t.IsVisible && t.Namespace is { } ns && !ns.Split('.').Contains("Contracts"))
            .Select(t => t.FullName!)
            .Where(n => n is not "Program" and not "KyCuong.Web.Platform.Persistence.DatabaseProvider" and not "KyCuong.Web.Platform.Web.Dates.DateInputTagHelper")
            .ToList();
        published.ShouldBeEmpty();
    }

    [Fact]
    public void Contracts_ExposeOnlyContracts()
    {
        var contracts = Web.GetTypes().Where(t => t.IsVisible && t.Namespace is { } ns && ns.Split('.').Contains("Contracts")).ToList();
        contracts.ShouldNotBeEmpty();
        var leaks = new List<string>();
        foreach (var t in contracts)
        {
            var exposed = t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).SelectMany(ExposedTypes);
            foreach (var e in exposed.SelectMany(Flatten).Distinct())
            {
                if (e.Namespace is { } n && n.StartsWith("KyCuong.Web.Modules.", StringComparison.Ordinal) && !n.Split('.').Contains("Contracts"))
                {
                    leaks.Add($"{t.FullName} exposes {e.FullName}");
                }
            }
        }

        leaks.ShouldBeEmpty();
    }

    [Fact]
    public void HandlersAndPages_DoNotLookUpServices()
    {
        var violations = ModuleSources().Concat(ModuleSources("*.cshtml"))
            .Where(s => !s.RelativePath.EndsWith("Module.cs", StringComparison.Ordinal) && !CompositionRoots.Contains(s.RelativePath) && !KnownServiceLocators.Contains(s.RelativePath))
            .Where(s => ServiceLocator().IsMatch(StripComments(s.Text)))
            .Select(s => s.RelativePath)
            .ToList();
        violations.ShouldBeEmpty();

        var lookups = Web.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) || t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(IServiceProvider))))
            .Select(t => t.FullName!)
            .Where(n => !KnownServiceLocators.Any(k => n.EndsWith("." + Path.GetFileNameWithoutExtension(k), StringComparison.Ordinal)))
            .ToList();
        lookups.ShouldBeEmpty();
    }

    [Fact]
    public void DemoPlatform_LooksUpServicesOnlyInItsCompositionRoot()
    {
        var demo = Path.Combine(Path.GetDirectoryName(ModulesDirectory)!, "Platform", "Demo");
        var files = Directory.EnumerateFiles(demo, "*.cs").Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToList();
        files.ShouldContain(f => DemoCompositionRoots.Contains(f.Name) && ServiceLocator().IsMatch(StripComments(f.Text)));
        files.Where(f => !DemoCompositionRoots.Contains(f.Name) && ServiceLocator().IsMatch(StripComments(f.Text))).Select(f => f.Name).ShouldBeEmpty();
    }

    [Fact]
    public void HandlersAndPages_DoNotLookUpServices_SeesALookup()
    {
        ServiceLocator().IsMatch(StripComments("var x = services.GetService<IDocumentDirectory>();")).ShouldBeTrue();
        ServiceLocator().IsMatch(StripComments("var x = sp.GetRequiredService(typeof(Foo));")).ShouldBeTrue();
        ServiceLocator().IsMatch(StripComments("// never services.GetService<Foo>()")).ShouldBeFalse();
    }

    [Fact]
    public void PageModels_DoNotTouchTheDatabase()
    {
        var models = Web.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        models.Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(KyCuong.Web.Platform.Persistence.AppDbContext) || p.ParameterType == typeof(IServiceProvider))))
            .Select(t => t.FullName).ShouldBeEmpty();
    }

    private static IEnumerable<Type> ExposedTypes(MemberInfo m) => m switch
    {
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        MethodInfo mi when !mi.IsSpecialName => mi.GetParameters().Select(p => p.ParameterType).Append(mi.ReturnType),
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        EventInfo e when e.EventHandlerType is not null => [e.EventHandlerType],
        _ => [],
    };

    private static IEnumerable<Type> Flatten(Type t)
    {
        if (t.HasElementType)
        {
            return Flatten(t.GetElementType()!);
        }

        return t.IsGenericType ? t.GetGenericArguments().SelectMany(Flatten).Append(t.GetGenericTypeDefinition()) : [t];
    }

    /// <summary>Code without its comments (line, block and XML documentation), so that prose naming a table or an API is not code.</summary>
    private static string StripComments(string source) => Comments().Replace(source, "");

    [GeneratedRegex(@"^/Modules/([A-Za-z]+)/Pages/")]
    private static partial Regex PageInModule();

    [GeneratedRegex(@"^KyCuong\.Web\.Modules\.[A-Za-z]+\.Pages(\.|$)")]
    private static partial Regex ModelInModule();

    [GeneratedRegex(@"\b(?:org|cal|doc|task|csl|sub|cmp|chs|ntf|sys|audit)_[a-z_]+\b")]
    private static partial Regex TableName();

    [GeneratedRegex(@"\b(?:GetService|GetRequiredService|GetServices|GetKeyedService|GetRequiredKeyedService)\s*[<(]")]
    private static partial Regex ServiceLocator();

    [GeneratedRegex(@"/\*.*?\*/|//[^\n]*", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
