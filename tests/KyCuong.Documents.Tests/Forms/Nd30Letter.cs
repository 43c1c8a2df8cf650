using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KyCuong.Documents.Tests.Forms;

/// <summary>
/// A corpus document laid out again as the printed NĐ 30/2020 letter it was copied from (Phụ lục I): a header table
/// (issuer, "Số:", "V/v" left; national title, motto, place and date right), the type title and subject centred, the
/// body paragraphs, and a closing table ("Nơi nhận:" and its list left; signing form, signature and name right). Only
/// the document's own lines are used, found by simple line tests; a line the text lacks is left out, never made up
/// from the expectation. Shared by the measurement test (the DOCX form, built in memory) and the forms tool
/// (tests/KyCuong.Documents.FormsTool, which converts the same DOCX to PDF), so both read one layout.
/// </summary>
internal sealed class Nd30Letter
{
    public List<string> IssuerLines { get; } = [];

    public List<string> NumberLines { get; } = [];

    public List<string> TitleLines { get; } = [];

    public List<string> PlaceDateLines { get; } = [];

    public List<string> Heading { get; } = [];

    public List<string> Body { get; } = [];

    public List<string> Recipients { get; } = [];

    public List<string> Signature { get; } = [];

    /// <summary>Splits a corpus text into the parts of the layout.</summary>
    public static Nd30Letter Parse(string text)
    {
        var lines = Lines(text);
        var letter = new Nd30Letter();
        var motto = lines.FindIndex(l => Fold(l).StartsWith("cong hoa xa hoi chu nghia", StringComparison.Ordinal) && IsUpper(l));
        var numberLine = lines.FindIndex(l => IsNumberLine(l));
        var anchor = (motto is >= 0 and < 40, numberLine is >= 0 and < 40) switch
        {
            (true, true) => Math.Min(motto, numberLine),
            (true, false) => motto,
            (false, true) => numberLine,
            _ => -1,
        };

        // The document starts at its issuer: the upper-case lines just above the anchor (a web page's text before it
        // is not part of the printed letter).
        var start = 0;
        var n = 0;
        if (anchor >= 0)
        {
            start = anchor;
            for (var k = anchor - 1; k >= 0 && anchor - k <= 6; k--)
            {
                if (IsUpper(lines[k]) || IsNumberLine(lines[k]) || IsUrgency(lines[k]))
                {
                    start = k;
                }
                else
                {
                    break;
                }
            }

            // The header: issuer, title, motto, number, V/v (with its wrapped lines), place and date, in any order.
            n = start;
            var lastHeader = start - 1;
            for (; n < lines.Count && n - start < 16; n++)
            {
                var l = lines[n];
                var f = Fold(l);
                if (f.StartsWith("cong hoa xa hoi chu nghia", StringComparison.Ordinal) || f.StartsWith("doc lap", StringComparison.Ordinal))
                {
                    letter.TitleLines.Add(l);
                }
                else if (IsNumberLine(l))
                {
                    letter.NumberLines.Add(l);
                }
                else if (f.StartsWith("v/v", StringComparison.Ordinal))
                {
                    letter.NumberLines.Add(l);
                    while (n + 1 < lines.Count && lines[n + 1].Length > 0 && char.IsLower(lines[n + 1][0]))
                    {
                        letter.NumberLines.Add(lines[++n]);
                    }
                }
                else if (IsPlaceDate(l))
                {
                    letter.PlaceDateLines.Add(l);
                }
                else if ((IsUpper(l) || IsUrgency(l)) && !IsTypeName(l) && letter.NumberLines.Count == 0 && letter.PlaceDateLines.Count == 0)
                {
                    letter.IssuerLines.Add(l);
                }
                else
                {
                    break;
                }

                lastHeader = n;
            }

            n = lastHeader + 1;
        }

        // The type title and subject: upper-case lines and a "V/v"/"Về" line right under the header.
        for (var k = 0; n < lines.Count && k < 6; k++, n++)
        {
            var l = lines[n];
            var f = Fold(l);
            if ((IsUpper(l) && l.Length <= 160) || (k > 0 && (f.StartsWith("ve ", StringComparison.Ordinal) || f.StartsWith("v/v", StringComparison.Ordinal))))
            {
                letter.Heading.Add(l);
            }
            else
            {
                break;
            }
        }

        // The closing: the tail of short lines from "Nơi nhận" or the signing form on.
        var tail = lines.Count;
        while (tail > n && (lines[tail - 1].Length <= 150 || lines[tail - 1].StartsWith('-') || lines[tail - 1].StartsWith('+')))
        {
            tail--;
        }

        var closing = -1;
        for (var k = tail; k < lines.Count; k++)
        {
            if (IsRecipientsLine(lines[k]) || IsSigningMark(lines[k]))
            {
                closing = k;
                break;
            }
        }

        var bodyEnd = closing >= 0 ? closing : lines.Count;
        letter.Body.AddRange(lines.Skip(n).Take(bodyEnd - n));
        if (closing >= 0)
        {
            var inList = false;
            for (var k = closing; k < lines.Count; k++)
            {
                var l = lines[k];
                if (IsRecipientsLine(l))
                {
                    inList = true;
                    letter.Recipients.Add(l);
                }
                else if (inList && (l.StartsWith('-') || l.StartsWith('+') || l.StartsWith('•') || char.IsLower(l[0])))
                {
                    letter.Recipients.Add(l);
                }
                else
                {
                    inList = false;
                    letter.Signature.Add(l);
                }
            }
        }

        return letter;
    }

    /// <summary>The letter as a .docx: A4, NĐ 30 margins, Times New Roman 13–14 pt, two borderless tables.</summary>
    public byte[] ToDocx()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            AddStyles(main);
            if (IssuerLines.Count + TitleLines.Count + NumberLines.Count + PlaceDateLines.Count > 0)
            {
                body.Append(Table(
                    (IssuerLines.Select(l => Cell(l, bold: IssuerLines.IndexOf(l) == IssuerLines.Count - 1, italic: false, size: 26)), TitleLines.Select(l => Cell(l, bold: true, italic: false, size: TitleLines.IndexOf(l) == 0 ? 24 : 26))),
                    (NumberLines.Select(l => Cell(l, bold: false, italic: false, size: 26)), PlaceDateLines.Select(l => Cell(l, bold: false, italic: true, size: 28)))));
            }

            foreach (var l in Heading)
            {
                body.Append(Para(l, JustificationValues.Center, bold: true, italic: false, size: 28, indent: false));
            }

            foreach (var l in Body)
            {
                body.Append(Para(l, JustificationValues.Both, bold: false, italic: false, size: 28, indent: true));
            }

            if (Recipients.Count + Signature.Count > 0)
            {
                body.Append(Table(
                    (Recipients.Select((l, i) => Cell(l, bold: i == 0, italic: i == 0, size: i == 0 ? 24 : 22, left: true)), Signature.Select(l => Cell(l, bold: true, italic: false, size: 28)))));
            }

            // NĐ 30/2020 Phụ lục I: the page number centred at the top, from the second page on.
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("2"))) { Instruction = "PAGE" }));
            header.Header.Save();
            var first = main.AddNewPart<HeaderPart>();
            first.Header = new Header(new Paragraph());
            first.Header.Save();
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 567U, Footer = 720U, Gutter = 0U },
                new TitlePage()));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "28" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Styles.Save();
    }

    private static Table Table(params (IEnumerable<Paragraph> Left, IEnumerable<Paragraph> Right)[] rows)
    {
        var none = new BorderValues?(BorderValues.None);
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = none }, new BottomBorder { Val = none }, new LeftBorder { Val = none }, new RightBorder { Val = none },
                new InsideHorizontalBorder { Val = none }, new InsideVerticalBorder { Val = none }),
            new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "3500" }, new GridColumn { Width = "5571" }));
        foreach (var (left, right) in rows)
        {
            table.Append(new TableRow(TableCell(left, 3500), TableCell(right, 5571)));
        }

        return table;
    }

    private static TableCell TableCell(IEnumerable<Paragraph> paragraphs, int width)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        var any = false;
        foreach (var p in paragraphs)
        {
            cell.Append(p);
            any = true;
        }

        if (!any)
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    private static Paragraph Cell(string text, bool bold, bool italic, int size, bool left = false) =>
        Para(text, left ? JustificationValues.Left : JustificationValues.Center, bold, italic, size, indent: false);

    private static Paragraph Para(string text, JustificationValues justification, bool bold, bool italic, int size, bool indent)
    {
        var pp = new ParagraphProperties(new SpacingBetweenLines { Before = indent ? "60" : "0", After = indent ? "60" : "0" }, new Justification { Val = justification });
        if (indent)
        {
            pp.Append(new Indentation { FirstLine = "567" });
        }

        var rp = new RunProperties();
        if (bold)
        {
            rp.Append(new Bold());
        }

        if (italic)
        {
            rp.Append(new Italic());
        }

        rp.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        return new Paragraph(pp, new Run(rp, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    // The text's lines, trimmed: table pipes of a web copy part cells; rules of dashes (a drawn line in print) and
    // blank lines are dropped; markdown emphasis is left as it is (the reader blanks it).
    private static List<string> Lines(string text)
    {
        var result = new List<string>();
        foreach (var raw in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            foreach (var part in raw.Split('|'))
            {
                var l = part.Trim();
                if (l.Length == 0 || l.All(ch => ch is '-' or '_' or '=' or '*' or ':' or ' '))
                {
                    continue;
                }

                result.AddRange(SplitCells(l));
            }
        }

        return JoinWrapped(result);
    }

    // A web copy that ran the header's two cells into one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …", "TỈNH X Độc lập -
    // Tự do - Hạnh phúc", "Số: 73/UBND-TH Hậu Giang, ngày …") is parted again: the printed letter has them in two cells.
    private static IEnumerable<string> SplitCells(string l)
    {
        var f = Fold(l, trim: false);
        foreach (var marker in (string[])["cong hoa xa hoi chu nghia", "doc lap - tu do", "doc lap – tu do"])
        {
            var at = f.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && f.Length == l.Length && l.Length <= 200 && IsUpper(l[..at]))
            {
                return [.. SplitCells(l[..at].Trim()), l[at..].Trim()];
            }
        }

        if (IsNumberStart(f))
        {
            var comma = l.IndexOf(", ngày", StringComparison.Ordinal);
            if (comma > 0)
            {
                // The place is the capitalised words right before ", ngày".
                var start = comma;
                for (var words = 0; words < 4; words++)
                {
                    var space = l.LastIndexOf(' ', start - 1);
                    if (space < 0 || !char.IsUpper(l[space + 1]) || l[(space + 1)..start].Any(ch => ch == '/' || char.IsAsciiDigit(ch)))
                    {
                        break;
                    }

                    start = space;
                }

                if (start < comma)
                {
                    return [l[..start].Trim(), l[start..].Trim()];
                }
            }
        }

        return [l];
    }

    // Lines a web page wrapped inside one header component: "Số:" / its number, "… ngày 28" / "tháng 12 năm 2018",
    // "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM".
    private static List<string> JoinWrapped(List<string> lines)
    {
        var result = new List<string>(lines.Count);
        foreach (var l in lines)
        {
            if (result.Count > 0)
            {
                var prev = result[^1];
                var pf = Fold(prev);
                var f = Fold(l);
                if ((pf is "so:" or "so :" && (char.IsAsciiDigit(l[0]) || l[0] == '/'))
                    || (pf.Contains(", ngay", StringComparison.Ordinal) && !pf.Contains(" nam ", StringComparison.Ordinal) && !pf.EndsWith(" nam", StringComparison.Ordinal) && (f.StartsWith("thang", StringComparison.Ordinal) || f.StartsWith("nam", StringComparison.Ordinal) || char.IsAsciiDigit(l[0])) && prev.Length < 60)
                    || (pf == "cong hoa xa hoi" && f.StartsWith("chu nghia", StringComparison.Ordinal)))
                {
                    result[^1] = prev + " " + l;
                    continue;
                }
            }

            result.Add(l);
        }

        return result;
    }

    private static bool IsNumberStart(string fold) => fold.StartsWith("so:", StringComparison.Ordinal) || fold.StartsWith("so :", StringComparison.Ordinal);

    private static string Fold(string s, bool trim = true)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(ch));
            }
        }

        return trim ? sb.ToString().Trim('*', '_', ' ') : sb.ToString();
    }

    private static bool IsUpper(string l)
    {
        var letters = 0;
        foreach (var ch in l)
        {
            if (char.IsLetter(ch))
            {
                if (!char.IsUpper(ch))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool IsNumberLine(string l)
    {
        var f = Fold(l);
        return (f.StartsWith("so:", StringComparison.Ordinal) || f.StartsWith("so :", StringComparison.Ordinal)) && l.Length <= 60;
    }

    private static bool IsUrgency(string l) => Fold(l) is "khan" or "thuong khan" or "hoa toc" or "hoa toc hen gio";

    private static bool IsPlaceDate(string l)
    {
        var f = Fold(l);
        return l.Length <= 80 && f.Contains("ngay", StringComparison.Ordinal) && f.Contains("thang", StringComparison.Ordinal) && f.Contains("nam", StringComparison.Ordinal)
            && !f.StartsWith("can cu", StringComparison.Ordinal);
    }

    // A type title printed under the header ("QUYẾT ĐỊNH"), not an issuer line that a web copy put after the motto.
    private static bool IsTypeName(string l) => Fold(l) is "quyet dinh" or "chi thi" or "ke hoach" or "thong bao" or "cong dien" or "thong tu"
        or "nghi dinh" or "bao cao" or "nghi quyet" or "to trinh" or "huong dan" or "chuong trinh" or "cong van" or "ket luan";

    private static bool IsRecipientsLine(string l) => Fold(l).StartsWith("noi nhan", StringComparison.Ordinal);

    private static bool IsSigningMark(string l)
    {
        var f = Fold(l);
        return IsUpper(l) && l.Length <= 60 && (f.StartsWith("tm.", StringComparison.Ordinal) || f.StartsWith("kt.", StringComparison.Ordinal)
            || f.StartsWith("tl.", StringComparison.Ordinal) || f.StartsWith("q.", StringComparison.Ordinal) || f.StartsWith("tuq.", StringComparison.Ordinal)
            || f is "chu tich" or "bo truong" or "giam doc" or "thu truong" or "pho chu tich" or "pho giam doc" or "chanh van phong" or "thu tuong" or "pho thu tuong");
    }
}
