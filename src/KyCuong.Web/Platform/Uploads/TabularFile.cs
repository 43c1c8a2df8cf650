using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
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
    public static List<List<string>> ReadCsv(Stream content) => [.. StreamCsv(content).Select(r => r.Cells)];

    /// <summary>
    /// The records of a CSV one at a time, each with its 1-based number (the row a spreadsheet shows), read through a 64 K buffer: memory
    /// holds one record, whatever the file's size (docs/performance.md "One-stop import streamed"). The separator is the one the first
    /// line (within the first block) uses more: semicolon or comma.
    /// </summary>
    public static IEnumerable<(int Row, List<string> Cells)> StreamCsv(Stream content)
    {
        using var reader = new StreamReader(content, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var buffer = new char[1 << 16];
        var length = Fill(reader, buffer);
        var firstEnd = Array.IndexOf(buffer, '\n', 0, length);
        var first = buffer.AsSpan(0, firstEnd < 0 ? length : firstEnd);
        var separator = first.Count(';') > first.Count(',') ? ';' : ',';
        var number = 0;
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var pendingQuote = false; // a quote inside a quoted cell that ended the buffer: a doubled quote or the closing one
        while (length > 0)
        {
            for (var i = 0; i < length; i++)
            {
                var c = buffer[i];
                if (pendingQuote)
                {
                    pendingQuote = false;
                    if (c == '"')
                    {
                        cell.Append('"');
                        continue;
                    }

                    quoted = false;
                }

                if (quoted)
                {
                    if (c == '"')
                    {
                        if (i + 1 < length)
                        {
                            if (buffer[i + 1] == '"')
                            {
                                cell.Append('"');
                                i++;
                            }
                            else
                            {
                                quoted = false;
                            }
                        }
                        else
                        {
                            pendingQuote = true;
                        }
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
                    yield return (++number, row);
                    row = [];
                }
                else
                {
                    cell.Append(c);
                }
            }

            length = Fill(reader, buffer);
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString().TrimEnd('\r'));
            yield return (++number, row);
        }
    }

    private static int Fill(StreamReader reader, char[] buffer)
    {
        try
        {
            return reader.ReadBlock(buffer, 0, buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw RequestValidationException.For("file", "Tệp CSV phải mã hóa UTF-8. / The CSV file must be UTF-8.");
        }
    }

    /// <summary>
    /// The rows of every sheet of a file in order, one at a time: (sheet, 1-based row number, cells). A CSV is one sheet named
    /// <paramref name="csvSheetName"/>; an XLSX (which needs a seekable stream: a zip is read from its end) is read row by row with the
    /// SAX reader of the Open XML SDK, so only the shared strings and one row are in memory. The caller may stop early.
    /// </summary>
    public static IEnumerable<(string Sheet, int Row, List<string> Cells)> StreamSheets(Stream content, string fileName, string csvSheetName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? StreamXlsx(content)
            : StreamCsv(content).Select(r => (csvSheetName, r.Row, r.Cells));

    private static IEnumerable<(string Sheet, int Row, List<string> Cells)> StreamXlsx(Stream content)
    {
        using var document = OpenXlsx(content);
        var workbook = document.WorkbookPart ?? throw RequestValidationException.For("file", "Tệp XLSX không có bảng tính. / The XLSX file has no workbook.");
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } relId || workbook.GetPartById(relId) is not WorksheetPart part)
            {
                continue;
            }

            var name = sheet.Name?.Value ?? "";
            var number = 0;
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var row = (Row)reader.LoadCurrentElement()!;
                number = row.RowIndex?.Value is { } index ? (int)index : number + 1;
                yield return (name, number, Cells(row, strings));
            }
        }
    }

    private static SpreadsheetDocument OpenXlsx(Stream content)
    {
        try
        {
            return SpreadsheetDocument.Open(content, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or ArgumentException)
        {
            throw RequestValidationException.For("file", "Tệp XLSX không đọc được. / The XLSX file cannot be read.");
        }
    }

    private static List<string> Cells(Row row, List<string> strings)
    {
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

        return cells;
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

                    rows.Add(Cells(row, strings));
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
