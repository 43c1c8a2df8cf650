using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>Splits a sentence into words and punctuation in one pass.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, int.MaxValue);

    // The readers of one clause (its addressees, roles, directive units, dashed items) each ask for the same text's tokens:
    // the last few answers are kept per thread and given again for the same string and limit. Callers only read the list.
    private const int Remembered = 4;

    [ThreadStatic]
    private static (string Text, int Limit, List<Token> Tokens)[]? _recent;

    [ThreadStatic]
    private static int _next;

    /// <summary>
    /// The tokens that start before <paramref name="limit"/> (the opening of a long clause is all a reader needs). The list may
    /// be shared with an earlier call on the same text: it must not be changed.
    /// </summary>
    public static List<Token> Tokenize(string text, int limit)
    {
        var recent = _recent ??= new (string, int, List<Token>)[Remembered];
        foreach (var (t, l, tokens) in recent)
        {
            if (ReferenceEquals(t, text) && l == limit)
            {
                return tokens;
            }
        }

        var read = Read(text, limit);
        recent[_next] = (text, limit, read);
        _next = (_next + 1) % Remembered;
        return read;
    }

    // The lower-case form of each word met, per thread: the same few thousand words make up every document, and the
    // clauses of one document are read several times, so a word is lower-cased and copied once, not at every reading.
    private const int MaxWords = 20_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _lowerOf;

    private static string LowerOf(ReadOnlySpan<char> word)
    {
        var map = _lowerOf ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var lower))
        {
            return lower;
        }

        if (map.Count >= MaxWords)
        {
            map.Clear();
        }

        var key = word.ToString();
        lower = key.ToLower(VietnameseText.Vi);
        map[key] = lower;
        return lower;
    }

    private static List<Token> Read(string text, int limit)
    {
        var end = Math.Min(text.Length, limit);
        var tokens = new List<Token>(end / 5 + 4);
        var i = 0;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length)
                {
                    var d = text[i];
                    // Copied text loses spaces between words ("BộCông Thương"): a capital between two small letters
                    // starts a new word (abbreviations such as "TTg", "QyĐ", "HĐND" never have one there).
                    if (char.IsUpper(d) && i > start && char.IsLower(text[i - 1]) && i + 1 < text.Length && char.IsLower(text[i + 1]))
                    {
                        break;
                    }

                    // … and so does an abbreviation glued after a small letter ("Chủ tịchUBND xã"): a run of
                    // two capitals after a small one ("TTg", "TTr" and "QĐ-UBND" have none there).
                    if (char.IsUpper(d) && i > start && char.IsLower(text[i - 1]) && i + 1 < text.Length && char.IsUpper(text[i + 1]))
                    {
                        break;
                    }

                    if (char.IsLetterOrDigit(d) || d is '/' or '&' or '%' || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                        continue;
                    }

                    // A dot between digits ("ngày 16.8", "1.800 tỷ đồng") is part of the date or number, not a full stop
                    // (docs/domain.md §5, twenty-third pass).
                    if (d == '.' && i > start && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                    {
                        i++;
                        continue;
                    }

                    // A dot inside an abbreviation ("TP.HCM", "P.NC") or after a short capital abbreviation ("TT. HĐND").
                    if (d == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        i++;
                        continue;
                    }

                    break;
                }

                var word = text.AsSpan(start, i - start);
                // Copied text also loses the space between two lower-case syllables ("Các đồngchí Bộ trưởng",
                // "tậptrung chỉ đạo"): each syllable is read as its own word; the text itself is left as it is.
                if (Syllables.Split(word) is { } lengths)
                {
                    var at = start;
                    foreach (var length in lengths)
                    {
                        tokens.Add(new Token(at, at + length, TokenKind.Word, LowerOf(text.AsSpan(at, length)), char.IsUpper(text[at])));
                        at += length;
                    }

                    continue;
                }

                tokens.Add(new Token(start, i, TokenKind.Word, LowerOf(word), char.IsUpper(word[0])));
                continue;
            }

            var kind = c switch
            {
                ',' => TokenKind.Comma,
                ';' => TokenKind.Semicolon,
                ':' => TokenKind.Colon,
                // The ellipsis character ends a sentence as the three dots it stands for do ("… lễ hội Xuân… Yêu cầu UBND …").
                '.' or '!' or '?' or '…' => TokenKind.Period,
                '(' or '[' => TokenKind.OpenParen,
                ')' or ']' => TokenKind.CloseParen,
                '-' or '–' or '—' => TokenKind.Dash,
                _ => TokenKind.Other,
            };
            tokens.Add(new Token(i, i + 1, kind, c.ToString(), false));
            i++;
        }

        return tokens;
    }
}
