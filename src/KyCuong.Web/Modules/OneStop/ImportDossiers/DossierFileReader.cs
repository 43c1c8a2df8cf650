using System.Globalization;
using KyCuong.Web.Platform.Uploads;

namespace KyCuong.Web.Modules.OneStop.ImportDossiers;

/// <summary>One data row of a dossier file: its 1-based row number as a spreadsheet shows it, and its cells by column key.</summary>
internal sealed record DossierRow(string Sheet, int Row, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string key) => Cells.TryGetValue(key, out var v) ? v : "";
}

/// <summary>
/// Reads a dossier file exported by a one-stop information system (docs/domain.md "One-stop dossiers"): a UTF-8 CSV or the first
/// sheet of an XLSX workbook whose header row names the columns, in English (the API's names) or in Vietnamese, in any order. The
/// file itself is read by the platform (Platform/Uploads/TabularFile.cs), as the organisation import's is, here as a stream.
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

    /// <summary>
    /// The dossier rows of the file one at a time, as the file is read (<see cref="TabularFile.StreamSheets"/>): the first sheet whose
    /// first non-empty row names a <c>code</c> column is the data; its empty rows are skipped, and reading stops at the next sheet.
    /// </summary>
    public static IEnumerable<DossierRow> Stream(Stream content, string fileName)
    {
        Dictionary<int, string>? map = null;
        string? dataSheet = null;
        string? skipped = null;
        foreach (var (sheet, number, row) in TabularFile.StreamSheets(content, fileName, CsvSheet))
        {
            if (map is null)
            {
                if (sheet == skipped || row.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                var candidate = Map([.. row.Select(h => h.Trim().Normalize())]);
                if (candidate.ContainsValue("code"))
                {
                    (map, dataSheet) = (candidate, sheet);
                }
                else
                {
                    skipped = sheet; // its first non-empty row is no dossier header
                }

                continue;
            }

            if (sheet != dataSheet)
            {
                yield break; // the first sheet with a dossier header is the file's data
            }

            var cells = new Dictionary<string, string>(map.Count, StringComparer.Ordinal);
            foreach (var (index, key) in map)
            {
                cells[key] = index < row.Count ? row[index].Trim().Normalize() : "";
            }

            if (!cells.Values.All(string.IsNullOrEmpty))
            {
                yield return new DossierRow(sheet, number, cells);
            }
        }
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
