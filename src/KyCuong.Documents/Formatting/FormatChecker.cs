using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KyCuong.Documents.Packages;
using KyCuong.Documents.Text;

namespace KyCuong.Documents.Formatting;

/// <summary>
/// Checks a document's text (and, for a Word file, its page and type) against the layout of Nghị định 30/2020/NĐ-CP
/// Phụ lục I, the check An Giang's 493 §8 asks the office to enforce (docs/domain.md, "Format of documents"). Each finding
/// names its rule; the checker reads what is printed and never guesses a missing part into place. A blank number or
/// day is a draft's (NĐ 30 numbers and dates a document on issue), not a fault.
/// </summary>
public static partial class FormatChecker
{
    /// <summary>Text longer than this is checked up to here (the header and the signing block are what it reads).</summary>
    public const int MaxTextLength = DocumentExtractor.MaxTextLength;

    // NĐ 30/2020 Phụ lục I §II: A4 paper (210 × 297 mm), margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    private const double A4Width = 210, A4Height = 297, PaperTolerance = 2;
    private static readonly (string Side, double Min, double Max)[] Margins =
        [("trên", 20, 25), ("dưới", 20, 25), ("trái", 30, 35), ("phải", 15, 20)];

    // Phụ lục I §II.6: the body in 13–14 pt.
    private const double BodyMinSize = 13, BodyMaxSize = 14;

    /// <summary>Reads the page and type facts of a .docx for <see cref="Check"/>; a refused package gives a message.</summary>
    public static (PageLayout? Layout, string? Error) ReadDocxLayout(byte[] bytes, CancellationToken ct) =>
        DocxTextReader.ReadLayout(bytes, ct);

    /// <summary>The findings, in the order of the layout (header, body, signature, recipients, page).</summary>
    public static IReadOnlyList<FormatFinding> Check(string? text, PageLayout? layout = null)
    {
        var findings = new List<FormatFinding>();
        text ??= string.Empty;
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        text = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var cells = Cells(text);
        if (cells.Count == 0)
        {
            findings.Add(Error("nd30.empty", "Văn bản trống: không có nội dung để kiểm tra."));
            return findings;
        }

        var extraction = DocumentExtractor.Extract(text);
        var folded = cells.Select(c => VietnameseText.FoldString(c)).ToList();

        // Phụ lục I §II.1: Quốc hiệu and Tiêu ngữ.
        var titleAt = folded.FindIndex(f => f.Contains("cong hoa xa hoi chu nghia viet nam", StringComparison.Ordinal));
        if (titleAt < 0)
        {
            findings.Add(Error("nd30.nationalTitle", "Thiếu Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”."));
        }
        else if (!cells[titleAt].Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal)
                 && !cells[titleAt].Contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal))
        {
            findings.Add(Error("nd30.nationalTitle", $"Quốc hiệu phải viết in hoa, đủ dấu: “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” (đang là “{Short(cells[titleAt])}”)."));
        }

        if (!folded.Any(f => MottoPattern().IsMatch(f)))
        {
            findings.Add(Error("nd30.motto", "Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”."));
        }

        // §II.2: the issuing body.
        if (extraction.Issuer is null)
        {
            findings.Add(Error("nd30.issuer", "Thiếu tên cơ quan, tổ chức ban hành văn bản ở góc trên bên trái."));
        }

        var isLetter = extraction.Type is null || string.Equals(extraction.Type, DocumentTypes.OfficialLetter, StringComparison.Ordinal);
        CheckNumber(cells, folded, extraction, isLetter, findings);
        CheckDate(cells, folded, findings);

        // §II.5: the subject — "V/v …" under the number of a letter; the type's name and its subject for the other types.
        if (isLetter)
        {
            if (!folded.Any(f => f.StartsWith("v/v", StringComparison.Ordinal)))
            {
                findings.Add(Error("nd30.subject", "Công văn thiếu trích yếu nội dung “V/v …” dưới số, ký hiệu."));
            }
        }
        else if (extraction.Subject is null)
        {
            findings.Add(Warning("nd30.subject", $"Không thấy trích yếu nội dung dưới tên loại “{extraction.Type}”."));
        }

        CheckSigning(extraction, findings);

        // §II.9: "Nơi nhận:" with "Lưu: VT" (the copy kept by the office, and the drafting unit's).
        if (!folded.Any(f => f.StartsWith("noi nhan", StringComparison.Ordinal)))
        {
            findings.Add(Error("nd30.recipients", "Thiếu mục “Nơi nhận:”."));
        }

        if (!folded.Any(f => ArchivePattern().IsMatch(f)))
        {
            findings.Add(Error("nd30.archive", "“Nơi nhận” thiếu dòng “Lưu: VT, …” (bản lưu tại Văn thư)."));
        }

        if (layout is not null)
        {
            CheckPage(layout, findings);
            CheckType(layout, findings);
        }

        return findings;
    }

    private static void CheckNumber(List<string> cells, List<string> folded, DocumentExtraction extraction, bool isLetter, List<FormatFinding> findings)
    {
        // §II.3: "Số: 05/QĐ-UBND" — Arabic numerals, a leading zero under 10; the symbol after a slash.
        var at = folded.FindIndex(f => NumberLinePattern().IsMatch(f));
        if (at < 0)
        {
            findings.Add(Error("nd30.number", "Thiếu số, ký hiệu văn bản (“Số: …/…”)."));
            return;
        }

        var m = NumberPattern().Match(cells[at]);
        if (!m.Success)
        {
            findings.Add(Error("nd30.number", $"Số, ký hiệu không đúng dạng “Số: 05/QĐ-UBND” (đang là “{Short(cells[at])}”)."));
            return;
        }

        var number = m.Groups["number"].Value;
        var symbol = m.Groups["symbol"].Value.TrimEnd('.', ',', ';');
        if (number.Length == 1)
        {
            findings.Add(Error("nd30.numberLeadingZero", $"Số văn bản nhỏ hơn 10 phải ghi thêm số 0 phía trước (“0{number}”, đang là “{number}”)."));
        }

        var parts = symbol.Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!isLetter && DocumentTypes.GetAbbreviation(extraction.Type) is { } typeAbbreviation
            && !string.Equals(DocumentTypes.NormalizeAbbreviation(parts.FirstOrDefault()), typeAbbreviation, StringComparison.Ordinal))
        {
            findings.Add(Error("nd30.symbolType", $"Ký hiệu của {extraction.Type!.ToLower(VietnameseText.Vi)} phải bắt đầu bằng chữ viết tắt tên loại “{typeAbbreviation}” (đang là “{symbol}”)."));
        }
        else if (isLetter && parts.Length < 2)
        {
            findings.Add(Warning("nd30.symbolType", $"Ký hiệu công văn gồm chữ viết tắt tên cơ quan ban hành và tên đơn vị soạn thảo, nối bằng gạch nối (ví dụ “UBND-VP”; đang là “{symbol}”)."));
        }

        if (extraction.Issuer is { } issuer && IssuerAbbreviation(issuer) is { } expected
            && !parts.Any(p => SameAbbreviation(p, expected)))
        {
            findings.Add(Warning("nd30.symbolIssuer", $"Ký hiệu “{symbol}” không có chữ viết tắt của cơ quan ban hành “{issuer}” (thường là “{expected}”)."));
        }
    }

    private static void CheckDate(List<string> cells, List<string> folded, List<FormatFinding> findings)
    {
        // §II.4: "Hà Nội, ngày 05 tháng 02 năm 2024" — the place, then the date in words; a day under 10 and the months 1
        // and 2 take a leading zero.
        var at = folded.FindIndex(f => DateLinePattern().IsMatch(f));
        if (at < 0)
        {
            findings.Add(Error("nd30.date", "Thiếu địa danh và thời gian ban hành (“…, ngày … tháng … năm …”)."));
            return;
        }

        var m = DateLinePattern().Match(folded[at]);
        if (m.Groups["place"].Value.Trim(' ', ',').Length == 0)
        {
            findings.Add(Error("nd30.datePlace", "Thiếu địa danh trước ngày tháng ban hành (ví dụ “Hà Nội, ngày …”)."));
        }

        var day = m.Groups["day"].Value;
        var month = m.Groups["month"].Value;
        if (day.Length == 1 && day != "0")
        {
            findings.Add(Error("nd30.dateLeadingZero", $"Ngày nhỏ hơn 10 phải ghi thêm số 0 phía trước (“ngày 0{day}”)."));
        }

        if (month is "1" or "2")
        {
            findings.Add(Error("nd30.dateLeadingZero", $"Tháng 1 và tháng 2 phải ghi thêm số 0 phía trước (“tháng 0{month}”)."));
        }
        else if (month.Length == 2 && month[0] == '0' && month is not ("01" or "02"))
        {
            findings.Add(Warning("nd30.dateLeadingZero", $"Chỉ tháng 1 và tháng 2 ghi số 0 phía trước (“tháng {month[1..]}”, đang là “tháng {month}”)."));
        }

        if (m.Groups["day"].Success && m.Groups["month"].Success && int.TryParse(day, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month, CultureInfo.InvariantCulture, out var mo) && int.TryParse(m.Groups["year"].Value, CultureInfo.InvariantCulture, out var y)
            && (mo is < 1 or > 12 || y is < 1900 or > 2100 || d < 1 || d > DateTime.DaysInMonth(y, mo)))
        {
            findings.Add(Error("nd30.date", $"Ngày ban hành không có thật (“{Short(cells[at])}”)."));
        }
    }

    private static void CheckSigning(DocumentExtraction extraction, List<FormatFinding> findings)
    {
        // §II.7: the signer's authority and position. "KT." (signing for the head) is followed by the deputy's position
        // ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); "TM." (for a collective body) is signed by its head, or by a deputy under "KT.".
        if (extraction.SigningForm is not { Length: > 0 } form)
        {
            findings.Add(Error("nd30.signing", "Thiếu quyền hạn, chức vụ của người ký (ví dụ “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”)."));
            return;
        }

        var lines = form.Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = VietnameseText.FoldString(lines[i]);
            var next = i + 1 < lines.Length ? VietnameseText.FoldString(lines[i + 1]) : null;
            if (line.StartsWith("kt.", StringComparison.Ordinal) || line.StartsWith("kt ", StringComparison.Ordinal))
            {
                var head = line[3..].Trim();
                if (next is null || !next.StartsWith("pho ", StringComparison.Ordinal))
                {
                    findings.Add(Error("nd30.signingDeputy", $"“{lines[i]}” (ký thay) phải có dòng chức vụ của cấp phó bên dưới (ví dụ “PHÓ {lines[i][3..].Trim()}”)."));
                }
                else if (head.Length > 0 && !next[4..].Trim().Equals(head, StringComparison.Ordinal) && !head.StartsWith("tong ", StringComparison.Ordinal) && !next.EndsWith(head, StringComparison.Ordinal))
                {
                    findings.Add(Warning("nd30.signingDeputy", $"Chức vụ “{lines[i + 1]}” không là cấp phó của “{lines[i][3..].Trim()}”."));
                }
            }
            else if ((line.StartsWith("tm.", StringComparison.Ordinal) || line.StartsWith("tm ", StringComparison.Ordinal))
                     && next is not null && next.StartsWith("pho ", StringComparison.Ordinal))
            {
                findings.Add(Error("nd30.signingDeputy", $"Cấp phó ký văn bản của tập thể phải ghi “KT.” trước chức vụ của người đứng đầu (“{lines[i]} / KT. …”), không ký trực tiếp “{lines[i + 1]}”."));
            }
        }

        if (extraction.Signer is null)
        {
            findings.Add(Warning("nd30.signer", "Không thấy họ và tên người ký dưới chữ ký."));
        }
    }

    private static void CheckPage(PageLayout layout, List<FormatFinding> findings)
    {
        if (layout.PageWidth is { } w && layout.PageHeight is { } h)
        {
            var (shortSide, longSide) = (Math.Min(w, h), Math.Max(w, h));
            if (Math.Abs(PageLayout.Millimetres(shortSide) - A4Width) > PaperTolerance || Math.Abs(PageLayout.Millimetres(longSide) - A4Height) > PaperTolerance)
            {
                findings.Add(Error("nd30.paper", $"Khổ giấy phải là A4 (210 × 297 mm); tệp dùng {Mm(w)} × {Mm(h)} mm."));
            }
        }

        int?[] values = [layout.MarginTop, layout.MarginBottom, layout.MarginLeft, layout.MarginRight];
        var off = new List<string>();
        for (var i = 0; i < Margins.Length; i++)
        {
            if (values[i] is { } v && (PageLayout.Millimetres(v) < Margins[i].Min - 0.5 || PageLayout.Millimetres(v) > Margins[i].Max + 0.5))
            {
                off.Add($"lề {Margins[i].Side} {Mm(v)} mm (quy định {Margins[i].Min}–{Margins[i].Max} mm)");
            }
        }

        if (off.Count > 0)
        {
            findings.Add(Error("nd30.margins", "Căn lề không đúng: " + string.Join("; ", off) + "."));
        }
    }

    private static void CheckType(PageLayout layout, List<FormatFinding> findings)
    {
        // §I.4: Vietnamese Unicode fonts (TCVN 6909:2001); the old TCVN3 (.Vn…) and VNI fonts are not Unicode.
        var legacy = layout.CharactersByFont.Keys
            .Where(f => f.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase) || f.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || f.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        if (legacy.Count > 0)
        {
            findings.Add(Error("nd30.font", $"Phông chữ phải là phông tiếng Việt Unicode (TCVN 6909:2001); tệp dùng phông cũ {string.Join(", ", legacy.Select(f => "“" + f + "”"))}."));
        }

        // The body is most of the text: its size is the size most characters are set in.
        if (layout.CharactersBySize.Count > 0)
        {
            var body = layout.CharactersBySize.MaxBy(kv => kv.Value).Key;
            if (body is < BodyMinSize or > BodyMaxSize)
            {
                findings.Add(Error("nd30.fontSize", $"Cỡ chữ phần nội dung phải từ {BodyMinSize} đến {BodyMaxSize} (đang là {body.ToString("0.#", CultureInfo.InvariantCulture)})."));
            }
        }
    }

    /// <summary>
    /// The usual abbreviation of an issuing body: the initials of its name before the place ("Ủy ban nhân dân tỉnh An
    /// Giang" → UBND, "Sở Tài chính" → STC, "Văn phòng Chính phủ" → VPCP); null when the name gives none.
    /// </summary>
    internal static string? IssuerAbbreviation(string issuer)
    {
        var f = VietnameseText.FoldString(issuer);
        if (f.StartsWith("thu tuong", StringComparison.Ordinal))
        {
            return "TTg";
        }

        var sb = new StringBuilder();
        foreach (var word in issuer.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var fw = VietnameseText.FoldString(word);
            if (fw is "tinh" or "thanh" or "huyen" or "quan" or "thi" or "xa" or "phuong" or "tp" or "tp." || char.IsDigit(word[0]))
            {
                break;
            }

            if (fw is "va" or "cua")
            {
                continue;
            }

            if (char.IsLetter(word[0]))
            {
                // Initials drop their marks ("Ủy" → U) but Đ is a letter of its own ("Đào tạo" → Đ).
                sb.Append(word[0] is 'Đ' or 'đ' ? 'Đ' : char.ToUpperInvariant(VietnameseText.Fold(word[0])));
            }
        }

        return sb.Length >= 2 ? sb.ToString() : null;
    }

    // Compared without diacritics: Đ and D are the same letter in a slip of the keyboard.
    private static bool SameAbbreviation(string part, string expected)
    {
        var a = VietnameseText.FoldString(part).ToUpperInvariant();
        var b = VietnameseText.FoldString(expected).ToUpperInvariant();
        return a == b || (a.Length >= 2 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));
    }

    private static List<string> Cells(string text) => text
        .Split('\n')
        .SelectMany(l => l.Split('|', '\t'))
        .Select(c => VietnameseText.CollapseSpaces(c.Trim().Trim('\r')))
        .Where(c => c.Length > 0)
        .ToList();

    private static string Mm(int twips) => PageLayout.Millimetres(twips).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Short(string s) => s.Length > 80 ? s[..80] + "…" : s;

    private static FormatFinding Error(string rule, string message) => new(rule, message, FormatFinding.Error);

    private static FormatFinding Warning(string rule, string message) => new(rule, message, FormatFinding.Warning);

    [GeneratedRegex(@"doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc")]
    private static partial Regex MottoPattern();

    [GeneratedRegex(@"luu\s*[:.]?\s*vt\b")]
    private static partial Regex ArchivePattern();

    [GeneratedRegex(@"^so\s*[:.]")]
    private static partial Regex NumberLinePattern();

    [GeneratedRegex(@"^Số\s*[:.]\s*(?<number>\d*)\s*/\s*(?<symbol>[\p{L}\p{N}.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<place>[^,]*),?\s*ngay\s*(?<day>\d{1,2})?\s*thang\s*(?<month>\d{1,2})?\s*nam\s*(?<year>\d{4})?")]
    private static partial Regex DateLinePattern();
}
