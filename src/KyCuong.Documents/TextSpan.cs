using System.Text.Json.Serialization;

namespace KyCuong.Documents;

/// <summary>Where a value came from: a character offset and length in the (NFC) text that was read.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    [JsonIgnore]
    public int End => Start + Length;
}
