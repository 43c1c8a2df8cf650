using System.Text.Json;

namespace KyCuong.Documents.Tests;

/// <summary>The seed directives in shared/seeds (beside the repository) with their expected extractions.</summary>
internal static class Seeds
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string Directory => Folder.Value;

    public static IEnumerable<string> Ids =>
        System.IO.Directory.GetFiles(Directory, "*.expected.json").Select(f => Path.GetFileName(f)[..3]).Order(StringComparer.Ordinal);

    public static string Text(string id) =>
        File.ReadAllText(System.IO.Directory.GetFiles(Directory, id + "_*.txt").Single());

    public static JsonElement Expected(string id) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, id + ".expected.json"))).RootElement;

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/seeds not found above " + AppContext.BaseDirectory);
    }
}
