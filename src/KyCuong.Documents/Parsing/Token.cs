namespace KyCuong.Documents.Parsing;

/// <summary>A token of a sentence: its bounds, its kind and, for words, the lower-case form.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Lower, bool Capitalized);
