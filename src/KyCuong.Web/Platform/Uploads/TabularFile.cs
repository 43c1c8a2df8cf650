using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KyCuong.Web.Platform.Uploads;

/// <summary>
/// The cells of an uploaded table as text, row by row: a UTF-8 CSV, or every sheet of an XLSX workbook. What the columns
/// mean is the importing module's business (the organisation import, the one-stop dossier import); reading the file
/// the same way everywhere, with the same limits and messages, is the platform's.
/// </summary>
internal static class TabularFile
{
    /// <summary>The sheets of the file: an XLSX's sheets by name, or one sheet named <paramref name="csvSheetName"/> for a CSV.</summary>
    public static List<(string Name, List<List<string>> Rows)> ReadSheets(Stream content, string fileName, string csvSheetName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(content) : [(Name: csvSheetName, Rows: ReadCsv(content))];

    /// <summary>RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes); a comma or semicolon separator, taken from the header line.</summary>
    public static List<List<string>> ReadCsv(Stream content)
    {
        using var reader = new StreamReader(content, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw RequestValidationException.For("file", "Tệp CSV phải mã hóa UTF-8. / The CSV file must be UTF-8.");
        }

        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString().TrimEnd('\r'));
            rows.Add(row);
        }

        return rows;
    }

    public static List<(string Name, List<List<string>> Rows)> ReadXlsx(Stream content)
    {
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(copy, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw RequestValidationException.For("file", "Tệp XLSX không đọc được. / The XLSX file cannot be read.");
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw RequestValidationException.For("file", "Tệp XLSX không có bảng tính. / The XLSX file has no workbook.");
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var result = new List<(string, List<List<string>>)>();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } relId || workbook.GetPartById(relId) is not WorksheetPart part)
                {
                    continue;
                }

                var rows = new List<List<string>>();
                foreach (var row in part.Worksheet.Descendants<Row>())
                {
                    var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)) - 1;
                    while (rows.Count < index)
                    {
                        rows.Add([]);
                    }

                    var cells = new List<string>();
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                        while (cells.Count < column)
                        {
                            cells.Add("");
                        }

                        cells.Add(CellText(cell, strings));
                    }

                    rows.Add(cells);
                }

                result.Add((sheet.Name?.Value ?? "", rows));
            }

            return result;
        }
    }

    private static string CellText(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count)
        {
            return strings[i];
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
