namespace KyCuong.Documents.Formatting;

/// <summary>
/// The page and type facts of a Word file that the layout of Nghị định 30/2020/NĐ-CP Phụ lục I governs: paper size and
/// margins (in twentieths of a point, as Word stores them) and how many characters of the body are set in each font and
/// size. Null members were not stated in the file (Word's defaults then apply, which this checker does not guess).
/// </summary>
public sealed record PageLayout
{
    /// <summary>Twips per millimetre (1 inch = 1,440 twips = 25.4 mm).</summary>
    public const double TwipsPerMillimetre = 1440 / 25.4;

    public int? PageWidth { get; init; }

    public int? PageHeight { get; init; }

    public int? MarginTop { get; init; }

    public int? MarginBottom { get; init; }

    public int? MarginLeft { get; init; }

    public int? MarginRight { get; init; }

    /// <summary>Characters of text per font name (the run's, else the document's default).</summary>
    public IReadOnlyDictionary<string, int> CharactersByFont { get; init; } = new Dictionary<string, int>();

    /// <summary>Characters of text per size in points (the run's, else the document's default).</summary>
    public IReadOnlyDictionary<double, int> CharactersBySize { get; init; } = new Dictionary<double, int>();

    /// <summary>A length in twips as millimetres, one decimal.</summary>
    public static double Millimetres(int twips) => Math.Round(twips / TwipsPerMillimetre, 1);
}
