using System.Globalization;
using System.Text.RegularExpressions;

namespace KyCuong.Web.Modules.Drafts.Domain;

/// <summary>The names a draft's heading needs: the issuing body, the body above it, the drafting unit's abbreviation and the place.</summary>
internal sealed record DraftHeading(string? IssuerAbove, string Issuer, string IssuerShortName, string UnitShortName, bool UnitIsIssuer, string Place);

/// <summary>
/// A draft laid out in the components of NĐ 30/2020/NĐ-CP Phụ lục I, in their order (docs/domain.md "Drafts"): the issuer under
/// the body above it, "Số: …/…", the place and date, "V/v …" under the number of a công văn, the national title and motto, the
/// type's name and subject, "Kính gửi", the body, "Nơi nhận" ending with "Lưu: VT, …", the signing form and the signer. The DOCX
/// export and the page's preview both print this one layout, so what is checked is what is issued.
/// </summary>
internal sealed partial record DraftLayout(
    string? IssuerAbove,
    string Issuer,
    string NumberLine,
    string? LetterSubject,
    string PlaceAndDate,
    string? TypeTitle,
    string? SubjectTitle,
    IReadOnlyList<string> Salutation,
    IReadOnlyList<string> Body,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> SigningLines,
    string? Signer)
{
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>
    /// The symbol after the number (Phụ lục I §II.3): a công văn's is the issuer's abbreviation and the drafting unit's
    /// ("SNV-CCHC"); another type's starts with the type's abbreviation ("QĐ-SNV").
    /// </summary>
    public static string Symbol(DraftType type, DraftHeading heading) => type.IsLetter
        ? heading.UnitIsIssuer ? heading.IssuerShortName : $"{heading.IssuerShortName}-{heading.UnitShortName}"
        : $"{type.Abbreviation}-{heading.IssuerShortName}";

    /// <summary>The layout of <paramref name="draft"/>; <paramref name="year"/> is printed until the day of issue fixes the date.</summary>
    public static DraftLayout Of(Draft draft, DraftHeading heading, int year)
    {
        var type = DraftTypes.Find(draft.Type) ?? DraftTypes.All[0];
        var symbol = Symbol(type, heading);

        // A number under 10 is written with a leading zero, so are the day under 10 and the months 1 and 2 (Phụ lục I §II.3–4).
        var number = draft.NumberSymbol is { } issued ? "Số: " + issued : $"Số:        /{symbol}";
        var date = draft.IssuedOn is { } d
            ? $"{heading.Place}, ngày {d.Day:00} tháng {(d.Month <= 2 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}"
            : $"{heading.Place}, ngày      tháng      năm {year}";
        var recipients = draft.RecipientList;
        IReadOnlyList<string> salutation = !type.Salutation || recipients.Count == 0 ? []
            : recipients.Count == 1 ? ["Kính gửi: " + recipients[0] + "."]
            : ["Kính gửi:", .. recipients.Select((r, i) => "- " + r + (i == recipients.Count - 1 ? "." : ";"))];
        var body = draft.Body.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        // "Nơi nhận": the addressees, then the copy the office keeps and the drafting unit's (Phụ lục I §II.9).
        var archive = "- Lưu: VT, " + heading.UnitShortName + ".";
        var noiNhan = recipients.Select(r => "- " + r + ";").Append(archive).ToList();
        return new DraftLayout(
            heading.IssuerAbove?.ToUpper(Vi),
            heading.Issuer.ToUpper(Vi),
            number,
            type.IsLetter ? "V/v " + draft.Subject : null,
            date,
            type.IsLetter ? null : type.Name.ToUpper(Vi),
            type.IsLetter ? null : draft.Subject,
            salutation,
            body,
            noiNhan,
            SigningLinesOf(draft),
            string.IsNullOrWhiteSpace(draft.Signer) ? null : draft.Signer);
    }

    /// <summary>"KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"; the position alone when the head signs (Phụ lục I §II.7).</summary>
    public static IReadOnlyList<string> SigningLinesOf(Draft draft)
    {
        var lines = new List<string>();
        if (draft.SigningForm.Length > 0 && !string.IsNullOrWhiteSpace(draft.SigningAuthority))
        {
            lines.Add(draft.SigningForm + " " + draft.SigningAuthority.Trim().ToUpper(Vi));
        }

        if (!string.IsNullOrWhiteSpace(draft.SignerPosition))
        {
            lines.Add(draft.SignerPosition.Trim().ToUpper(Vi));
        }

        return lines;
    }

    /// <summary>"Sở Nội vụ tỉnh An Giang" → "An Giang": the place line names the province or city (Phụ lục I §II.4); null when the name has none.</summary>
    public static string? PlaceOf(string unitName) => PlacePattern().Match(unitName) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [GeneratedRegex(@"(?:tỉnh|thành phố) (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePattern();
}
