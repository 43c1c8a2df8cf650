using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KyCuong.Web.Modules.Organisation.ImportOrganisation;

/// <summary>One data row of an organisation file: its sheet, its 1-based row number as a spreadsheet shows it, and its cells by column key.</summary>
internal sealed record ImportRow(string Sheet, int Row, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string key) => Cells.TryGetValue(key, out var v) ? v : "";
}

/// <summary>The rows of a file, split by what they describe.</summary>
internal sealed record ImportFile(List<ImportRow> Units, List<ImportRow> People);

/// <summary>
/// Reads an organisation file (docs/domain.md "Onboarding"): an XLSX workbook with a units sheet and a people sheet, or one
/// UTF-8 CSV of units or of people. A sheet is recognised by its header row, in English (the API's column names) or in
/// Vietnamese (the template's), never by its position.
/// </summary>
internal static class ImportFileReader
{
    public const string UnitsSheet = "Đơn vị";
    public const string PeopleSheet = "Người dùng";

    /// <summary>Column keys and the headers that name them (compared without case, after trimming).</summary>
    public static readonly (string Key, string Vietnamese)[] UnitColumns =
    [
        ("code", "Mã đơn vị"), ("name", "Tên đơn vị"), ("shortName", "Tên viết tắt"), ("kind", "Loại đơn vị"),
        ("parentCode", "Mã đơn vị cấp trên"), ("agencyCode", "Mã định danh"),
    ];

    public static readonly (string Key, string Vietnamese)[] PeopleColumns =
    [
        ("userName", "Tên đăng nhập"), ("fullName", "Họ và tên"), ("email", "Thư điện tử"), ("unitCode", "Mã đơn vị"),
        ("position", "Chức vụ"), ("roles", "Vai trò"), ("active", "Đang công tác"),
    ];

    public static ImportFile Read(Stream content, string fileName)
    {
        var file = new ImportFile([], []);
        var sheets = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(content) : [(Name: "CSV", Rows: ReadCsv(content))];
        foreach (var (name, rows) in sheets)
        {
            var headerAt = rows.FindIndex(r => r.Any(c => !string.IsNullOrWhiteSpace(c)));
            if (headerAt < 0)
            {
                continue;
            }

            var header = rows[headerAt].Select(h => h.Trim().Normalize()).ToList();
            var isPeople = Map(header, PeopleColumns) is var people && people.ContainsValue("userName");
            var columns = isPeople ? people : Map(header, UnitColumns);
            if (!isPeople && !(columns.ContainsValue("code") && columns.ContainsValue("name")))
            {
                continue;
            }

            var target = isPeople ? file.People : file.Units;
            var sheetName = name == "CSV" ? (isPeople ? PeopleSheet : UnitsSheet) : name;
            for (var i = headerAt + 1; i < rows.Count; i++)
            {
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (index, key) in columns)
                {
                    cells[key] = index < rows[i].Count ? rows[i][index].Trim().Normalize() : "";
                }

                if (cells.Values.All(string.IsNullOrEmpty))
                {
                    continue;
                }

                target.Add(new ImportRow(sheetName, i + 1, cells));
            }
        }

        if (file.Units.Count == 0 && file.People.Count == 0 && !sheets.Any(s => s.Rows.Count > 0))
        {
            throw RequestValidationException.For("file", "Tệp trống. / The file is empty.");
        }

        return file;
    }

    private static Dictionary<int, string> Map(List<string> header, (string Key, string Vietnamese)[] columns)
    {
        var map = new Dictionary<int, string>();
        for (var i = 0; i < header.Count; i++)
        {
            foreach (var (key, vietnamese) in columns)
            {
                if (string.Equals(header[i], key, StringComparison.OrdinalIgnoreCase) || string.Equals(header[i], vietnamese, StringComparison.OrdinalIgnoreCase))
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
}
