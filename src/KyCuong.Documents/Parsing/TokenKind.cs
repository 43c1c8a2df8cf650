namespace KyCuong.Documents.Parsing;

/// <summary>Kinds of tokens in a sentence.</summary>
internal enum TokenKind
{
    Word,
    Comma,
    Semicolon,
    Colon,
    Period,
    OpenParen,
    CloseParen,
    Dash,
    Other,
}
