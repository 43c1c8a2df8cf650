using System.Security.Cryptography;

namespace KyCuong.Web.Modules.Citizens.Domain;

/// <summary>
/// Tracking codes (mã tra cứu): 12 characters drawn from a CSPRNG over 31 symbols that cannot be mistaken for each other
/// (no 0/O, 1/I/L), about 59 bits, so they cannot be guessed or enumerated; no sequence, no date, no body in them.
/// Lookups accept lower case, spaces and dashes as a person types them from paper.
/// </summary>
internal static class TrackingCodes
{
    public const int Length = 12;

    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The code in its stored form, or null when it cannot be one (answered exactly as an unknown code).</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }

        var chars = typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray();
        return chars.Length == Length && chars.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? new string(chars) : null;
    }

    /// <summary>Shown as XXXX-XXXX-XXXX, easier to read out and copy.</summary>
    public static string Display(string code) => code.Length == Length ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;
}
