using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KyCuong.Web.Platform.Web;

/// <summary>A table as a file: CSV (UTF-8 with BOM, so Excel reads Vietnamese) or XLSX (OpenXml; ClosedXML is not in the feed).</summary>
internal static class TableExport
{
    public static byte[] ToCsv(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var sb = new StringBuilder();
        void Line(IEnumerable<string> cells) => sb.Append(string.Join(',', cells.Select(Escape))).Append("\r\n");
        Line(header);
        foreach (var r in rows)
        {
            Line(r);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static byte[] ToXlsx(string sheetName, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            ws.Worksheet = new Worksheet(data);
            data.AppendChild(Row(header));
            foreach (var r in rows)
            {
                data.AppendChild(Row(r));
            }

            var sheets = wb.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = sheetName });
            wb.Workbook.Save();
        }

        return ms.ToArray();
    }

    /// <summary>
    /// A report as XLSX: a title block (governing body, body, title, unit, period, date made, each on its own row as an official
    /// table is headed), a blank row, the bold header, then the rows. Numbers stay numbers and dates are real dates shown
    /// dd/mm/yyyy, so a spreadsheet sorts and sums them; everything else is text.
    /// </summary>
    public static byte[] ToXlsx(string sheetName, ExportTitle title, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var styles = wb.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            styles.Stylesheet.Save();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var widths = new double[Math.Max(header.Count, 1)];
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Clamp((header.ElementAtOrDefault(i)?.Length ?? 8) + 2, 8, 60);
            }

            uint r = 0;
            void Add(IReadOnlyList<object?> cells, uint style, bool measure)
            {
                r++;
                var row = new Row { RowIndex = r };
                for (var i = 0; i < cells.Count; i++)
                {
                    var cell = TypedCell(cells[i], style);
                    cell.CellReference = Column(i) + r.ToString(CultureInfo.InvariantCulture);
                    row.AppendChild(cell);
                    if (measure && i < widths.Length)
                    {
                        widths[i] = Math.Clamp(Math.Max(widths[i], Shown(cells[i]).Length + 2), 8, 60);
                    }
                }

                data.AppendChild(row);
            }

            if (title.Superior.Length > 0)
            {
                Add([title.Superior.ToUpperInvariant()], StyleText, false);
            }

            Add([title.Body.ToUpperInvariant()], StyleBold, false);
            Add([], StyleText, false);
            Add([title.Title.ToUpperInvariant()], StyleBold, false);
            Add(["Đơn vị: " + title.Unit], StyleText, false);
            Add(["Kỳ báo cáo: " + title.Period], StyleText, false);
            Add(["Ngày lập: " + title.MadeOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)], StyleText, false);
            Add([], StyleText, false);
            Add([.. header], StyleBold, false);
            foreach (var row in rows)
            {
                Add(row, StyleText, true);
            }

            var columns = new Columns();
            for (var i = 0; i < widths.Length; i++)
            {
                columns.AppendChild(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
            }

            ws.Worksheet = new Worksheet(columns, data);
            var sheets = wb.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = sheetName });
            wb.Workbook.Save();
        }

        return ms.ToArray();
    }

    private const uint StyleText = 0;
    private const uint StyleBold = 1;
    private const uint StyleDate = 2;
    private const uint DateFormatId = 164;

    private static Cell TypedCell(object? value, uint style) => value switch
    {
        null => new Cell { StyleIndex = style },
        int or long or decimal or double => new Cell
        {
            DataType = CellValues.Number, StyleIndex = style,
            CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        },
        DateOnly d => new Cell
        {
            // A spreadsheet date is the day count from 30 December 1899 (the OLE Automation epoch).
            StyleIndex = StyleDate,
            CellValue = new CellValue((d.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)),
        },
        _ => new Cell
        {
            DataType = CellValues.InlineString, StyleIndex = style,
            InlineString = new InlineString(new Text(Sanitize(Convert.ToString(value, CultureInfo.InvariantCulture))) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    private static string Shown(object? value) => value switch
    {
        null => "",
        DateOnly => "00/00/0000",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    // Fonts 0 regular, 1 bold; cell formats 0 text, 1 bold, 2 date dd/mm/yyyy (Vietnamese order, TCVN and Nghị định 30/2020).
    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = DateFormatId, ApplyNumberFormat = true }) { Count = 3 });

    private static Row Row(IEnumerable<string> cells)
    {
        var row = new Row();
        foreach (var c in cells)
        {
            row.AppendChild(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Sanitize(c)) { Space = SpaceProcessingModeValues.Preserve }) });
        }

        return row;
    }

    // Spreadsheet formula injection: a cell starting with = + - @ is shown as text. Characters XML cannot hold (a NUL in data
    // stored before input was validated, InputRules) become U+FFFD, so an export never fails on what is stored.
    private static string Sanitize(string? s)
    {
        s = InputRules.Printable(s ?? "");
        return s.Length > 0 && "=+-@".Contains(s[0], StringComparison.Ordinal) ? "'" + s : s;
    }

    private static string Escape(string s)
    {
        s = Sanitize(s);
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}

/// <summary>The title block of an exported report: who made it, what it is, for which unit and period, and when.</summary>
internal sealed record ExportTitle(string Superior, string Body, string Title, string Unit, string Period, DateOnly MadeOn)
{
    /// <summary>"từ 01/01/2026 đến 30/06/2026", or everything up to the day made when no period is chosen.</summary>
    public static string PeriodText(DateOnly? from, DateOnly? to, DateOnly madeOn)
    {
        static string D(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return (from, to) switch
        {
            ({ } f, { } t) => $"từ {D(f)} đến {D(t)}",
            ({ } f, null) => $"từ {D(f)} đến {D(madeOn)}",
            (null, { } t) => $"đến {D(t)}",
            _ => $"toàn bộ, tính đến {D(madeOn)}",
        };
    }
}
