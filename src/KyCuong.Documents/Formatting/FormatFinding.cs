namespace KyCuong.Documents.Formatting;

/// <summary>
/// One departure from the layout of Nghị định 30/2020/NĐ-CP Phụ lục I (docs/domain.md, "Format of documents"):
/// <paramref name="Rule"/> is a stable code, <paramref name="Message"/> says in Vietnamese what is wrong and what the
/// layout asks, <paramref name="Severity"/> is <c>error</c> (the decree requires it) or <c>warning</c> (likely wrong,
/// to be looked at).
/// </summary>
public sealed record FormatFinding(string Rule, string Message, string Severity)
{
    public const string Error = "error";

    public const string Warning = "warning";
}
