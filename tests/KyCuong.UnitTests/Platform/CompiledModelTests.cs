using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Persistence.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KyCuong.UnitTests.Platform;

/// <summary>
/// The SQLite provider starts from a generated model (Platform/Persistence/CompiledModel, scripts/compiled-model.sh) instead of
/// building it and compiling its accessors at run time (docs/performance.md, cold start). A generated model that no longer matches
/// the entity classes and their configuration would read and write the wrong columns, so it must be regenerated with every
/// change to the model: this test compares it, entity by entity, with the model EF builds from the code.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void GeneratedModel_MatchesTheModelBuiltFromTheCode()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly(DatabaseSetup.SqliteMigrationsAssembly))
            .Options;
        using var context = new AppDbContext(options);
        // EF finds the generated model by its attribute and would hand it back as the context's model; the model source builds the
        // model from the code itself.
        var fromCode = context.GetService<IModelSource>().GetModel(context, context.GetService<ModelCreationDependencies>(), designTime: false);
        // The entity types with their properties, keys, navigations and indexes, then the tables and columns they map to.
        var built = fromCode.ToDebugString(MetadataDebugStringOptions.LongDefault) + "\n" + fromCode.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.LongDefault);
        var generated = AppDbContextModel.Instance.ToDebugString(MetadataDebugStringOptions.LongDefault) + "\n"
            + AppDbContextModel.Instance.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.LongDefault);

        var builtLines = built.Split('\n');
        var generatedLines = generated.Split('\n');
        var firstDifference = builtLines.Zip(generatedLines).Select((pair, i) => (pair, i)).FirstOrDefault(x => x.pair.First != x.pair.Second);
        Assert.True(built == generated,
            $"The generated model differs from the code's model (run scripts/compiled-model.sh). First difference at line {firstDifference.i}: "
            + $"code '{firstDifference.pair.First}', generated '{firstDifference.pair.Second}'; {builtLines.Length} against {generatedLines.Length} lines.");
    }
}
