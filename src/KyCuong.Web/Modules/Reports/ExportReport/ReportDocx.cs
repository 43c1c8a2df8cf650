using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Modules.Reports.GetReport;
using KyCuong.Web.Platform.Printing;
using static KyCuong.Web.Platform.Printing.Decree30Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KyCuong.Web.Modules.Reports.ExportReport;

/// <summary>What the header of the outgoing report says (Decree 30/2020/NĐ-CP, Appendix I: the issuer under its governing body, the
/// number and symbol, the place and date line).</summary>
internal sealed record ReportHeader(string Superior, string Issuer, string ShortName, string Place, DateOnly Date, string Recipient, string Subject);

/// <summary>
/// A report as DOCX in the layout of Decree 30/2020/NĐ-CP, Appendix I (A4, Times New Roman 13–14 pt): national title and motto on the
/// right, governing body and issuer with the number and symbol on the left, the place and date line, "BÁO CÁO" and the subject, the
/// body section by section, then "Nơi nhận" and the signing block.
/// </summary>
internal static class ReportDocx
{
    public static byte[] Build(ReportResponse report, ReportHeader header) => Decree30Docx.Write(body =>
    {
        var number = report.DocumentNumber ?? $"      /BC-{header.ShortName}";
        body.Append(TwoColumns(
            [P(header.Superior.ToUpperInvariant(), center: true, size: 26), P(header.Issuer.ToUpperInvariant(), bold: true, center: true, size: 26),
             P("Số: " + number, center: true, size: 26)],
            [P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, center: true, size: 26),
             P("Độc lập - Tự do - Hạnh phúc", bold: true, center: true, underline: true, size: 28),
             P($"{header.Place}, ngày {header.Date.Day:D2} tháng {header.Date.Month:D2} năm {header.Date.Year}", italic: true, center: true, size: 28)]));
        body.Append(P(""));
        body.Append(P("BÁO CÁO", bold: true, center: true, size: 28));
        body.Append(P(header.Subject, bold: true, center: true, size: 28));
        body.Append(P($"(Kỳ báo cáo: từ {Show(report.From)} đến {Show(report.To)})", italic: true, center: true, size: 28));
        var index = 1;
        foreach (var section in report.Sections)
        {
            body.Append(P($"{index++}. {section.Title}", bold: true, size: 28));
            var figures = section.Figures.EnumerateObject().ToList();
            if (figures.Count > 0)
            {
                body.Append(FigureTable(figures.Select(f => (FigureLabels.Of(f.Name), f.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? "—" : f.Value.ToString()))));
            }

            // Each line the unit typed is a paragraph of its own, blank lines included (docs/domain.md "Reports": narratives keep their lines).
            var text = (section.Text ?? "").ReplaceLineEndings("\n").Trim('\n');
            foreach (var line in text.Length == 0 ? Array.Empty<string>() : text.Split('\n'))
            {
                body.Append(P(line.TrimEnd(), size: 28, justify: true));
            }
        }

        body.Append(P(""));
        body.Append(TwoColumns(
            [P("Nơi nhận:", bold: true, italic: true, size: 24), P("- " + header.Recipient + ";", size: 22), P("- Lưu: VT.", size: 22)],
            [P("THỦ TRƯỞNG CƠ QUAN", bold: true, center: true, size: 28), P("(Ký, ghi rõ họ tên)", italic: true, center: true, size: 28)]));
    });

    private static W.Table FigureTable(IEnumerable<(string Label, string Value)> rows)
    {
        var table = new W.Table(new W.TableProperties(new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
            new W.TableBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 })));
        table.Append(new W.TableRow(new W.TableCell(P("Chỉ tiêu", bold: true, size: 26)), new W.TableCell(P("Số liệu", bold: true, center: true, size: 26))));
        foreach (var (label, value) in rows)
        {
            table.Append(new W.TableRow(new W.TableCell(P(label, size: 26)), new W.TableCell(P(value, center: true, size: 26))));
        }

        return table;
    }
}
