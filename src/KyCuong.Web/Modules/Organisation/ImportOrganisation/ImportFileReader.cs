using KyCuong.Web.Platform.Uploads;

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
        var sheets = TabularFile.ReadSheets(content, fileName, "CSV");
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
}
