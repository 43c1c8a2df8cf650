using DocumentFormat.OpenXml.Packaging;
using KyCuong.Web.Platform.Web;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace KyCuong.UnitTests.Platform;

/// <summary>
/// The streamed XLSX writer (docs/performance.md "Evaluation of a province's quarter on two cores"): the file opens with the Open XML SDK
/// and holds what the element tree used to hold — the title block, the bold header, typed cells with A1 references, dates as serial
/// days in the dd/mm/yyyy style, the column widths, formula injection neutralised; and the plain overload's text rows.
/// </summary>
public sealed class TableExportTests
{
    private static (SpreadsheetDocument Book, S.Worksheet Sheet) Open(byte[] xlsx)
    {
        var book = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = book.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return (book, sheet);
    }

    [Fact]
    public void Report_Overload_Writes_Title_Header_Typed_Cells_And_Widths()
    {
        var title = new ExportTitle("UBND tỉnh An Giang", "Sở Nội vụ tỉnh An Giang", "Bảng tổng hợp", "Phòng Tổ chức, biên chế", "Quý 3/2026", new DateOnly(2026, 10, 5));
        IReadOnlyList<object?>[] rows =
        [
            [1, "Nguyễn Thị Hồng Nhung", 52.5m, null, new DateOnly(2026, 7, 1), "=SUM(A1:A2)"],
            [2, "Trần\u0000Văn B", 70L, 25.25d, null, "Hoàn thành tốt nhiệm vụ, đúng hạn, không có lỗi về nội dung trong cả quý ba năm hai nghìn không trăm hai mươi sáu"],
        ];
        var xlsx = TableExport.ToXlsx("Tổng hợp", title, ["STT", "Họ và tên", "Điểm", "Điểm chung", "Ngày", "Ghi chú"], rows);

        var (book, sheet) = Open(xlsx);
        using (book)
        {
            book.WorkbookPart!.Workbook.Descendants<S.Sheet>().Single().Name!.Value.ShouldBe("Tổng hợp");
            var all = sheet.Descendants<S.Row>().ToList();
            all.Select(r => r.RowIndex!.Value).ShouldBe([1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u, 11u]);
            all.Select(r => string.Concat(r.Elements<S.Cell>().Take(1).Select(c => c.InnerText))).Take(7)
                .ShouldBe(["UBND TỈNH AN GIANG", "SỞ NỘI VỤ TỈNH AN GIANG", "", "BẢNG TỔNG HỢP", "Đơn vị: Phòng Tổ chức, biên chế", "Kỳ báo cáo: Quý 3/2026", "Ngày lập: 05/10/2026"]);

            // Header bold (style 1), the title's second line bold, the first regular.
            var header = all[8].Elements<S.Cell>().ToList();
            header.Select(c => c.InnerText).ShouldBe(["STT", "Họ và tên", "Điểm", "Điểm chung", "Ngày", "Ghi chú"]);
            header.ShouldAllBe(c => c.StyleIndex!.Value == 1u && c.DataType!.Value == S.CellValues.InlineString);
            all[1].Elements<S.Cell>().Single().StyleIndex!.Value.ShouldBe(1u);
            all[0].Elements<S.Cell>().Single().StyleIndex!.Value.ShouldBe(0u);

            var first = all[9].Elements<S.Cell>().ToList();
            first.Select(c => c.CellReference!.Value).ShouldBe(["A10", "B10", "C10", "D10", "E10", "F10"]);
            first[0].DataType!.Value.ShouldBe(S.CellValues.Number);
            first[0].CellValue!.Text.ShouldBe("1");
            first[1].InlineString!.InnerText.ShouldBe("Nguyễn Thị Hồng Nhung");
            first[2].CellValue!.Text.ShouldBe("52.5");
            first[3].CellValue.ShouldBeNull();
            first[3].StyleIndex!.Value.ShouldBe(0u);
            // 1 July 2026 is day 46204 counted from 30 December 1899, shown with the dd/mm/yyyy style (2).
            first[4].DataType.ShouldBeNull();
            first[4].CellValue!.Text.ShouldBe("46204");
            first[4].StyleIndex!.Value.ShouldBe(2u);
            first[5].InnerText.ShouldBe("'=SUM(A1:A2)");
            first[5].InlineString!.GetFirstChild<S.Text>()!.Space!.Value.ShouldBe(DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve);

            var second = all[10].Elements<S.Cell>().ToList();
            second[1].InnerText.ShouldBe("Trần\uFFFDVăn B");
            second[2].CellValue!.Text.ShouldBe("70");
            second[3].CellValue!.Text.ShouldBe("25.25");

            // Widths: the header or the longest cell plus two, between 8 and 60.
            var widths = sheet.Descendants<S.Column>().Select(c => c.Width!.Value).ToList();
            widths.ShouldBe([8d, 23d, 8d, 12d, 12d, 60d]);
            sheet.Descendants<S.Column>().ShouldAllBe(c => c.CustomWidth!.Value);

            var styles = book.WorkbookPart.WorkbookStylesPart!.Stylesheet;
            styles.NumberingFormats!.Elements<S.NumberingFormat>().Single().FormatCode!.Value.ShouldBe("dd/mm/yyyy");
            styles.CellFormats!.Elements<S.CellFormat>().Count().ShouldBe(3);
        }
    }

    [Fact]
    public void Plain_Overload_Writes_Text_Rows()
    {
        var xlsx = TableExport.ToXlsx("Sổ", ["Số", "Trích yếu"], [["12/UBND-VP", "Về việc chấn chỉnh kỷ luật, kỷ cương hành chính"], ["+1", "  khoảng trắng  "]]);

        var (book, sheet) = Open(xlsx);
        using (book)
        {
            book.WorkbookPart!.Workbook.Descendants<S.Sheet>().Single().Name!.Value.ShouldBe("Sổ");
            var rows = sheet.Descendants<S.Row>().Select(r => string.Join(" | ", r.Elements<S.Cell>().Select(c => c.InnerText))).ToList();
            rows.ShouldBe(["Số | Trích yếu", "12/UBND-VP | Về việc chấn chỉnh kỷ luật, kỷ cương hành chính", "'+1 |   khoảng trắng  "]);
            sheet.Descendants<S.Cell>().ShouldAllBe(c => c.DataType!.Value == S.CellValues.InlineString);
        }
    }

    [Fact]
    public void Many_Rows_Stream_To_A_Readable_File()
    {
        var rows = Enumerable.Range(1, 5000).Select(i => (IReadOnlyList<object?>)[i, $"Người {i}", i * 0.5m]).ToList();
        var xlsx = TableExport.ToXlsx("Tổng hợp", new ExportTitle("", "Sở Nội vụ", "Bảng", "Sở Nội vụ", "Quý 3/2026", new DateOnly(2026, 10, 5)), ["STT", "Họ và tên", "Điểm"], rows);

        var (book, sheet) = Open(xlsx);
        using (book)
        {
            var all = sheet.Descendants<S.Row>().ToList();
            // No superior: the title block has six rows, then the header, then 5,000 rows.
            all.Count.ShouldBe(8 + 5000);
            var last = all[^1].Elements<S.Cell>().ToList();
            last[0].CellReference!.Value.ShouldBe("A5008");
            last.Select(c => c.InnerText).ShouldBe(["5000", "Người 5000", "2500.0"]);
        }
    }
}
