namespace KyCuong.Documents.Parsing;

/// <summary>Kinds of paragraph markers.</summary>
internal enum ClauseMarkerKind
{
    None,
    Number,
    NestedNumber,
    Letter,
    Article,
    Roman,
    Bullet,
}
