using System.Diagnostics.CodeAnalysis;

namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>The Vietnamese labels of the urgency and secrecy marks and of the directions, as printed and as sent over the API.</summary>
internal static class DocumentMarks
{
    private static readonly (Urgency Value, string Label)[] Urgencies =
    [
        (Urgency.Khan, "Khẩn"), (Urgency.ThuongKhan, "Thượng khẩn"), (Urgency.HoaToc, "Hỏa tốc"),
    ];

    private static readonly (Secrecy Value, string Label)[] Secrecies =
    [
        (Secrecy.Mat, "Mật"), (Secrecy.ToiMat, "Tối mật"), (Secrecy.TuyetMat, "Tuyệt mật"),
    ];

    public static IEnumerable<string> UrgencyLabels => Urgencies.Select(u => u.Label);

    public static IEnumerable<string> SecrecyLabels => Secrecies.Select(u => u.Label);

    public static string? Label(Urgency u) => Urgencies.Where(x => x.Value == u).Select(x => x.Label).FirstOrDefault();

    public static string? Label(Secrecy s) => Secrecies.Where(x => x.Value == s).Select(x => x.Label).FirstOrDefault();

    /// <summary>Accepts the printed label with or without diacritics ("Hỏa tốc", "Hoả tốc", "hoa toc") or the enum name; blank is none.</summary>
    public static bool TryParseUrgency(string? text, out Urgency value)
    {
        value = Urgency.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var folded = UnitNameMatcher.Fold(text).Replace(" ", "", StringComparison.Ordinal);
        foreach (var (v, label) in Urgencies)
        {
            if (folded == UnitNameMatcher.Fold(label).Replace(" ", "", StringComparison.Ordinal) || string.Equals(folded, v.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        return folded is "none" or "thuong";
    }

    public static bool TryParseSecrecy(string? text, out Secrecy value)
    {
        value = Secrecy.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var folded = UnitNameMatcher.Fold(text).Replace(" ", "", StringComparison.Ordinal);
        foreach (var (v, label) in Secrecies)
        {
            if (folded == UnitNameMatcher.Fold(label).Replace(" ", "", StringComparison.Ordinal) || string.Equals(folded, v.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        return folded == "none";
    }

    public static string Name(DocumentDirection d) => d switch
    {
        DocumentDirection.Incoming => "incoming",
        DocumentDirection.Outgoing => "outgoing",
        _ => "internal",
    };

    public static string Label(DocumentDirection d) => d switch
    {
        DocumentDirection.Incoming => "Văn bản đến",
        DocumentDirection.Outgoing => "Văn bản đi",
        _ => "Văn bản nội bộ",
    };

    public static bool TryParseDirection(string? text, [NotNullWhen(true)] out DocumentDirection? value)
    {
        value = text?.Trim().ToLowerInvariant() switch
        {
            "incoming" => DocumentDirection.Incoming,
            "outgoing" => DocumentDirection.Outgoing,
            "internal" => DocumentDirection.Internal,
            _ => null,
        };
        return value is not null;
    }
}
