using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KyCuong.Web.Modules.OneStop.Apology;

/// <summary>What the form-04 letter says: the issuing unit under its governing body, the dossier, the delay and the new date.</summary>
internal sealed record ApologyLetterContent(string Superior, string Issuer, string Place, DateOnly IssuedOn, string Applicant, string DossierCode,
    string ProcedureName, DateOnly ReceivedOn, DateOnly DueDate, string Reason, DateOnly NewDueDate);

/// <summary>
/// The apology and new appointment letter ("Phiếu xin lỗi và hẹn lại ngày trả kết quả", form 04 of the one-stop decree; docs/domain.md
/// "One-stop dossiers") as DOCX in the layout of Nghị định 30/2020/NĐ-CP, Appendix I (A4, Times New Roman 13–14 pt): governing body
/// and issuer on the left, national title and motto on the right, the place and date line, the title, the body, the signing block.
/// Written the same way as the report export (Modules/Reports/ExportReport/ReportDocx.cs), without depending on it.
/// </summary>
internal static class ApologyDocx
{
    public static byte[] Build(ApologyLetterContent c)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new W.Body();
            body.Append(TwoColumns(
                [P(c.Superior.ToUpperInvariant(), center: true, size: 26), P(c.Issuer.ToUpperInvariant(), bold: true, center: true, size: 26)],
                [P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, center: true, size: 26),
                 P("Độc lập - Tự do - Hạnh phúc", bold: true, center: true, underline: true, size: 28),
                 P($"{c.Place}, ngày {c.IssuedOn.Day:D2} tháng {c.IssuedOn.Month:D2} năm {c.IssuedOn.Year}", italic: true, center: true, size: 28)]));
            body.Append(P(""));
            body.Append(P("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", bold: true, center: true, size: 28));
            body.Append(P($"Kính gửi: {c.Applicant}", center: true, size: 28));
            body.Append(P($"Ngày {Show(c.ReceivedOn)}, {c.Issuer} tiếp nhận giải quyết hồ sơ của {c.Applicant}, mã hồ sơ {c.DossierCode}.", size: 28, justify: true));
            body.Append(P($"Nội dung yêu cầu giải quyết: {c.ProcedureName}.", size: 28, justify: true));
            body.Append(P($"Thời hạn trả kết quả giải quyết hồ sơ: ngày {Show(c.DueDate)}.", size: 28, justify: true));
            body.Append(P($"Tuy nhiên đến nay, {c.Issuer} chưa trả kết quả giải quyết hồ sơ cho {c.Applicant}.", size: 28, justify: true));
            body.Append(P($"Lý do: {c.Reason}", size: 28, justify: true));
            body.Append(P($"Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại cho {c.Applicant}. {c.Issuer} xin lỗi {c.Applicant} và hẹn lại ngày trả kết quả vào ngày {Show(c.NewDueDate)}.", size: 28, justify: true));
            body.Append(P($"{c.Issuer} mong nhận được sự thông cảm của {c.Applicant}.", size: 28, justify: true));
            body.Append(P(""));
            body.Append(TwoColumns(
                [P("Nơi nhận:", bold: true, italic: true, size: 24), P("- Như trên;", size: 22), P("- Bộ phận Một cửa;", size: 22), P("- Lưu: VT.", size: 22)],
                [P("THỦ TRƯỞNG CƠ QUAN", bold: true, center: true, size: 28), P("(Ký, ghi rõ họ tên, đóng dấu)", italic: true, center: true, size: 28)]));
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

    private static string Show(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static W.Paragraph P(string text, bool bold = false, bool italic = false, bool underline = false, bool center = false, int size = 28, bool justify = false)
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

    private static W.Table TwoColumns(W.Paragraph[] left, W.Paragraph[] right)
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
