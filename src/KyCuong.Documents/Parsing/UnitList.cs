namespace KyCuong.Documents.Parsing;

/// <summary>Units read from a phrase, and the token index where reading stopped.</summary>
internal sealed record UnitList(IReadOnlyList<string> Units, int Next)
{
    public static UnitList None(int next) => new([], next);
}
