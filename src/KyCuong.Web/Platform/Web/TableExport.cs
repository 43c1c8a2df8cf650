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
