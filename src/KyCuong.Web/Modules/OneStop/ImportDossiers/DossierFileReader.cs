using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KyCuong.Web.Modules.OneStop.ImportDossiers;

/// <summary>One data row of a dossier file: its 1-based row number as a spreadsheet shows it, and its cells by column key.</summary>
internal sealed record DossierRow(string Sheet, int Row, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string key) => Cells.TryGetValue(key, out var v) ? v : "";
}

/// <summary>
/// Reads a dossier file exported by a one-stop information system (docs/domain.md "One-stop dossiers"): a UTF-8 CSV or the first
/// sheet of an XLSX workbook whose header row names the columns, in English (the API's names) or in Vietnamese, in any order. The
/// same approach as the organisation import (Modules/Organisation/ImportOrganisation/ImportFileReader.cs), kept in this module.
/// </summary>
internal static class DossierFileReader
{
    public const string CsvSheet = "CSV";

    public static readonly (string Key, string[] Names)[] Columns =
    [
        ("code", ["Mã hồ sơ", "Số hồ sơ"]),
        ("procedureCode", ["Mã thủ tục", "Mã TTHC"]),
        ("procedureName", ["Tên thủ tục", "Tên TTHC"]),
        ("timeLimitWorkingDays", ["Thời hạn giải quyết (ngày làm việc)", "Thời hạn giải quyết", "Thời hạn"]),
        ("receivedAt", ["Ngày tiếp nhận", "Thời điểm tiếp nhận"]),
        ("receivingUnit", ["Cơ quan tiếp nhận"]),
        ("handlingUnit", ["Đơn vị xử lý", "Đơn vị giải quyết"]),
        ("applicantName", ["Tổ chức, cá nhân nộp hồ sơ", "Người nộp"]),
        ("returnedOn", ["Ngày trả kết quả"]),
    ];

    public static List<DossierRow> Read(Stream content, string fileName)
    {
        var sheets = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(content) : [(Name: CsvSheet, Rows: ReadCsv(content))];
        var result = new List<DossierRow>();
        foreach (var (name, rows) in sheets)
        {
            var headerAt = rows.FindIndex(r => r.Any(c => !string.IsNullOrWhiteSpace(c)));
            if (headerAt < 0)
            {
                continue;
            }

            var map = Map([.. rows[headerAt].Select(h => h.Trim().Normalize())]);
            if (!map.ContainsValue("code"))
            {
                continue;
            }

            for (var i = headerAt + 1; i < rows.Count; i++)
            {
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (index, key) in map)
                {
                    cells[key] = index < rows[i].Count ? rows[i][index].Trim().Normalize() : "";
                }

                if (!cells.Values.All(string.IsNullOrEmpty))
                {
                    result.Add(new DossierRow(name, i + 1, cells));
                }
            }

            break; // the first sheet with a dossier header is the file's data
        }

        return result;
    }

    private static Dictionary<int, string> Map(List<string> header)
    {
        var map = new Dictionary<int, string>();
        for (var i = 0; i < header.Count; i++)
        {
            foreach (var (key, names) in Columns)
            {
                if (string.Equals(header[i], key, StringComparison.OrdinalIgnoreCase) || names.Any(n => string.Equals(header[i], n, StringComparison.OrdinalIgnoreCase)))
                {
                    map[i] = key;
                }
            }
        }

        return map;
    }

    /// <summary>RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes); a comma or semicolon separator, taken from the header line.</summary>
    private static List<List<string>> ReadCsv(Stream content)
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

    private static List<(string Name, List<List<string>> Rows)> ReadXlsx(Stream content)
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

    /// <summary>
    /// A date or instant as one-stop systems write it: ISO 8601 (with or without offset, Vietnam time when without), dd/MM/yyyy with an
    /// optional HH:mm, or a spreadsheet's serial day number.
    /// </summary>
    public static DateTimeOffset? ParseInstant(string s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        s = s.Trim();
        var vn = Platform.Time.VietnamTime.Offset;
        if (s.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
            && (s.EndsWith('Z') || s.Contains('+', StringComparison.Ordinal) || s.LastIndexOf('-') > 9))
        {
            return iso;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy", "d/M/yyyy",
            "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy HH:mm:ss"];
        if (DateTime.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, vn);
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958465)
        {
            return new DateTimeOffset(DateTime.FromOADate(serial), vn);
        }

        return null;
    }
}
