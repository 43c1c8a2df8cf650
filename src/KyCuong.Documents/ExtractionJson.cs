using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace KyCuong.Documents;

/// <summary>JSON for extractions: camelCase (docs/api.md conventions), dates yyyy-MM-dd, Vietnamese unescaped.</summary>
public static class ExtractionJson
{
    /// <summary>The serializer options (web defaults, indented, read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    /// <summary>The same options without indentation.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    /// <summary>Serialises one extraction.</summary>
    public static string Serialize(DocumentExtraction extraction, bool indented = true) =>
        JsonSerializer.Serialize(extraction, indented ? Options : CompactOptions);

    /// <summary>Serialises several extractions as a JSON array.</summary>
    public static string Serialize(IReadOnlyList<DocumentExtraction> extractions, bool indented = true) =>
        JsonSerializer.Serialize(extractions, indented ? Options : CompactOptions);

    /// <summary>Reads an extraction back.</summary>
    public static DocumentExtraction? Deserialize(string json) =>
        JsonSerializer.Deserialize<DocumentExtraction>(json, Options);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
