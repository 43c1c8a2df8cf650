using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>
/// Finds the hand-written migrations of the active provider's migrations assembly.
/// The migrations assemblies reference only EF Core (not the host), so the host can reference them
/// without a cycle; they carry <see cref="MigrationAttribute"/> but not <c>[DbContext]</c> (ADR 0002).
/// </summary>
internal sealed class ProviderMigrationsAssembly(IDbContextOptions options) : IMigrationsAssembly
{
    private readonly Lazy<Assembly> _assembly = new(() => Assembly.Load(new AssemblyName(
        options.Extensions.OfType<RelationalOptionsExtension>().First().MigrationsAssembly
        ?? throw new InvalidOperationException("No migrations assembly configured."))));

    private IReadOnlyDictionary<string, TypeInfo>? _migrations;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= _assembly.Value.DefinedTypes
        .Where(t => !t.IsAbstract && typeof(Migration).IsAssignableFrom(t))
        .Select(t => (Type: t, Id: t.GetCustomAttribute<MigrationAttribute>()?.Id))
        .Where(x => x.Id is not null)
        .OrderBy(x => x.Id, StringComparer.Ordinal)
        .ToDictionary(x => x.Id!, x => x.Type, StringComparer.Ordinal);

    public ModelSnapshot? ModelSnapshot => null;

    public Assembly Assembly => _assembly.Value;

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(id =>
        string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }
}
