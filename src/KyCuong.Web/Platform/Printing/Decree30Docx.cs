using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KyCuong.Web.Platform.Printing;

/// <summary>
/// The parts every DOCX the application issues shares, in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 with its
/// margins (top and bottom 20 mm, left 30 mm, right 20 mm), Times New Roman 14 pt, paragraphs in the decree's sizes, and
/// the borderless two-column blocks of the heading and of the signing area. What a paper says is its module's business.
/// </summary>
internal static partial class Decree30Docx
{
    /// <summary>
    /// "Sở Tư pháp tỉnh An Giang" → "An Giang": the place in the place-and-date line is the province or city the issuer sits in
    /// (NĐ 30/2020 Phụ lục I, mục II.4: địa danh ghi trên văn bản); "……" when the name does not say it, for the clerk to fill.
    /// </summary>
    public static string PlaceOf(string unitName) => PlacePattern().Match(unitName) is { Success: true } m ? m.Groups[1].Value : "……";

    [GeneratedRegex(@"(?:tỉnh|thành phố) (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePattern();

    /// <summary>A whole document: <paramref name="fill"/> writes the body; the page and the default font are the decree's.</summary>
    public static byte[] Write(Action<W.Body> fill)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new W.Body();
            fill(body);
            body.Append(new W.SectionProperties(
                new W.PageSize { Width = 11906, Height = 16838 },
                new W.PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new W.Document(body);
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new W.Styles(new W.DocDefaults(new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                new W.FontSize { Val = "28" }))));
            main.Document.Save();
        }

        return ms.ToArray();
    }

    /// <summary>A date as the body of a paper writes it (dd/MM/yyyy).</summary>
    public static string Show(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>One paragraph of one run; <paramref name="size"/> in half-points (28 = 14 pt); a justified paragraph has the first-line indent.</summary>
    public static W.Paragraph P(string text, bool bold = false, bool italic = false, bool underline = false, bool center = false, int size = 28, bool justify = false)
    {
        var rp = new W.RunProperties();
        if (bold)
        {
            rp.Append(new W.Bold());
        }

        if (italic)
        {
            rp.Append(new W.Italic());
        }

        if (underline)
        {
            rp.Append(new W.Underline { Val = W.UnderlineValues.Single });
        }

        rp.Append(new W.FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        var pp = new W.ParagraphProperties(new W.SpacingBetweenLines { After = "60" });
        if (center || justify)
        {
            pp.Append(new W.Justification { Val = center ? W.JustificationValues.Center : W.JustificationValues.Both });
        }

        if (justify)
        {
            pp.Append(new W.Indentation { FirstLine = "567" });
        }

        return new W.Paragraph(pp, new W.Run(rp, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A borderless block of two columns (2/5 and 3/5 of the width): the heading (issuer | national title) or the signing area (recipients | signer).</summary>
    public static W.Table TwoColumns(W.Paragraph[] left, W.Paragraph[] right)
    {
        var table = new W.Table(new W.TableProperties(new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
            new W.TableBorders(new W.TopBorder { Val = W.BorderValues.None }, new W.BottomBorder { Val = W.BorderValues.None },
                new W.LeftBorder { Val = W.BorderValues.None }, new W.RightBorder { Val = W.BorderValues.None },
                new W.InsideHorizontalBorder { Val = W.BorderValues.None }, new W.InsideVerticalBorder { Val = W.BorderValues.None })));
        table.Append(new W.TableRow(
            new W.TableCell([new W.TableCellProperties(new W.TableCellWidth { Width = "2000", Type = W.TableWidthUnitValues.Pct }), .. left]),
            new W.TableCell([new W.TableCellProperties(new W.TableCellWidth { Width = "3000", Type = W.TableWidthUnitValues.Pct }), .. right])));
        return table;
    }
}
