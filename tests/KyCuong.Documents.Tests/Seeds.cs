using System.Text.Json;

namespace KyCuong.Documents.Tests;

/// <summary>The five seed directives (TestData/seeds, copied to the output) with their expected extractions.</summary>
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
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "seeds");
        return System.IO.Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException("TestData/seeds not found in " + AppContext.BaseDirectory);
    }
}
