using System.Collections.Frozen;
using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>
/// Splits a word that copying glued together from two or more Vietnamese syllables ("đồngchí", "Kếhoạch",
/// "tậptrung") at the syllable boundaries. A Vietnamese syllable has one vowel nucleus between an initial and a
/// final consonant group; a word with two nuclei is split only where the consonants between them divide into a
/// final and an initial in exactly one way, so "anhem" (anh|em or an|hem) stays whole.
/// </summary>
internal static class Syllables
{
    // Folded final consonants (empty: the syllable ends in its vowel).
    private static readonly FrozenSet<string> Finals = FrozenSet.ToFrozenSet(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"], StringComparer.Ordinal);

    // Folded initial consonants (đ folds to d; "gi" and "qu" are read as initials before a vowel).
    private static readonly FrozenSet<string> Initials = FrozenSet.ToFrozenSet(
        ["", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"],
        StringComparer.Ordinal);

    // Whether a nucleus carries the sắc (acute) or nặng (dot below) tone, the only tones a stop-closed syllable takes (the
    // text is NFC here: the normaliser composed it).
    private static bool Checked(ReadOnlySpan<char> nucleus) => nucleus.IndexOfAny(CheckedVowels) >= 0;

    private static readonly System.Buffers.SearchValues<char> CheckedVowels = System.Buffers.SearchValues.Create(
        "áắấéếíóốớúứýạặậẹệịọộợụựỵÁẮẤÉẾÍÓỐỚÚỨÝẠẶẬẸỆỊỌỘỢỤỰỴ");

    private static bool IsVowel(char folded) => folded is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// The lengths of the syllables of <paramref name="word"/> when it is two or more glued syllables, else null.
    /// Only words with a Vietnamese mark are split (foreign words and abbreviations are left alone).
    /// </summary>
    public static List<int>? Split(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length > 40)
        {
            return null;
        }

        var marked = false;
        var upper = 0;
        Span<char> f = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsLetter(c))
            {
                return null;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }

            f[i] = VietnameseText.Fold(c);
            if (f[i] > 'z' || f[i] < 'a')
            {
                return null;
            }

            marked |= f[i] != char.ToLowerInvariant(c);
        }

        // All-capital words are headings or abbreviations ("XàHỘI" is handled where headings are read).
        if (!marked || upper > 1)
        {
            return null;
        }

        // Marks which letters are vowels of a nucleus: "u" after "q" and "i" between "g" and a vowel are initials.
        Span<bool> vowel = stackalloc bool[word.Length];
        var runs = 0;
        for (var i = 0; i < f.Length; i++)
        {
            vowel[i] = IsVowel(f[i])
                && !(f[i] == 'u' && i > 0 && f[i - 1] == 'q')
                && !(f[i] == 'i' && i > 0 && f[i - 1] == 'g' && i + 1 < f.Length && IsVowel(f[i + 1]));
            if (vowel[i] && (i == 0 || !vowel[i - 1]))
            {
                runs++;
            }
        }

        if (runs < 2)
        {
            return null;
        }

        var lengths = new List<int>(runs);
        var k = 0;
        while (k < f.Length && !vowel[k])
        {
            k++;
        }

        if (!Initials.Contains(new string(f[..k])))
        {
            return null;
        }

        var syllableStart = 0;
        while (true)
        {
            var nucleusStart = k;
            while (k < f.Length && vowel[k])
            {
                k++;
            }

            var nucleusEnd = k;
            while (k < f.Length && !vowel[k])
            {
                k++;
            }

            var cluster = f[nucleusEnd..k];
            if (k == f.Length)
            {
                if (!Finals.Contains(new string(cluster)))
                {
                    return null;
                }

                lengths.Add(f.Length - syllableStart);
                return lengths;
            }

            // A nucleus that ends in a glide ("ai", "ơi", "ao", "ưu") takes no final consonant; the glide is a plain
            // letter (the tone mark sits on the main vowel), so "uỷ" (old spelling) still may.
            var last = char.ToLowerInvariant(word[nucleusEnd - 1]);
            // "uy" takes one all the same ("huynh", "huých").
            var glide = nucleusEnd - nucleusStart >= 2 && last is 'i' or 'y' or 'o' or 'u'
                && !(nucleusEnd - nucleusStart == 2 && f[nucleusStart] == 'u' && f[nucleusStart + 1] == 'y');
            var split = -1;
            for (var j = 0; j <= cluster.Length; j++)
            {
                if ((j > 0 && glide) || !Finals.Contains(new string(cluster[..j])) || !Initials.Contains(new string(cluster[j..])))
                {
                    continue;
                }

                // A syllable closed by a stop ("c", "ch", "p", "t") carries the sắc or nặng tone ("việc", "tập", "hết"),
                // so "chủtrì" splits only as chủ|trì and "quaphối" only as qua|phối, not chủt|rì or quap|hối.
                if (j > 0 && cluster[0] is 'c' or 'p' or 't' && !Checked(word[nucleusStart..nucleusEnd]))
                {
                    continue;
                }

                if (split >= 0)
                {
                    return null;
                }

                split = j;
            }

            if (split < 0)
            {
                return null;
            }

            var boundary = nucleusEnd + split;
            lengths.Add(boundary - syllableStart);
            syllableStart = boundary;
        }
    }
}
