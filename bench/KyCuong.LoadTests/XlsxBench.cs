using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KyCuong.Web.Platform.Web;

namespace KyCuong.LoadTests;

/// <summary>
/// The XLSX writer on a province's summary shape (docs/performance.md "Evaluation of a province's quarter on two cores"):
/// <code>dotnet bench/KyCuong.LoadTests/bin/Release/net10.0/KyCuong.LoadTests.dll xlsx [rows=40000] [runs=5]</code>
/// Writes the same table of 11 columns (numbers, Vietnamese text, empty cells, a date) with <see cref="TableExport.ToXlsx(string, ExportTitle,
/// IReadOnlyList{string}, IEnumerable{IReadOnlyList{object?}})"/>, which streams the sheet, and with <see cref="DomWriter"/>, the element tree
/// it replaced (kept here, and only here, as the yardstick), alternating runs in one process so both see the same machine load. Prints the
/// thread's CPU time and managed allocations per run.
/// </summary>
internal static class XlsxBench
{
    public static void Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 40_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        string[] header = ["STT", "Đơn vị", "Họ và tên", "Chức danh", "Điểm nhiệm vụ", "Điểm tiêu chí chung", "Tổng điểm", "Xếp loại theo điểm", "Tự xếp loại",
            "Xếp loại đã quyết định", "Ghi chú"];
        var rows = new List<IReadOnlyList<object?>>(count);
        for (var i = 0; i < count; i++)
        {
            rows.Add([i + 1, $"Phòng {i % 3000} - Sở Nội vụ tỉnh An Giang", $"Nguyễn Thị Hồng Nhung {i}", "Chuyên viên", 52.5m + (i % 17), i % 3 == 0 ? null : 25m,
                i % 3 == 0 ? null : 77.5m + (i % 11), "Hoàn thành tốt nhiệm vụ", i % 5 == 0 ? "Hoàn thành xuất sắc nhiệm vụ" : null, null,
                i % 97 == 0 ? new DateOnly(2026, 9, 30) : null]);
        }

        var title = new ExportTitle("UBND TỈNH AN GIANG", "Sở Nội vụ tỉnh An Giang", "Bảng tổng hợp kết quả đánh giá, xếp loại công chức", "Sở Nội vụ tỉnh An Giang",
            "Quý 3/2026", new DateOnly(2026, 10, 5));
        Console.WriteLine($"# XLSX of {count:N0} rows × {header.Length} columns, {runs} runs each, alternating; load {Load()}");
        var results = new Dictionary<string, List<(double Cpu, double Wall, long Bytes, int Size)>> { ["streamed (OpenXmlWriter)"] = [], ["element tree (before)"] = [] };
        for (var run = 0; run <= runs; run++)
        {
            foreach (var (name, write) in new (string, Func<byte[]>)[]
                     {
                         ("streamed (OpenXmlWriter)", () => TableExport.ToXlsx("Tổng hợp", title, header, rows)),
                         ("element tree (before)", () => DomWriter.ToXlsx("Tổng hợp", title, header, rows)),
                     })
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var cpu = ThreadCpu();
                var sw = Stopwatch.StartNew();
                var file = write();
                sw.Stop();
                var used = ThreadCpu() - cpu;
                var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
                if (run > 0)
                {
                    // Run 0 warms the JIT for both.
                    results[name].Add((used.TotalSeconds, sw.Elapsed.TotalSeconds, bytes, file.Length));
                }
            }
        }

        Console.WriteLine("| Writer | CPU s (median of runs) | Wall s (median) | Allocated MiB | File KiB |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, list) in results)
        {
            static double Median(IEnumerable<double> xs)
            {
                var s = xs.OrderBy(x => x).ToList();
                return s[s.Count / 2];
            }

            Console.WriteLine($"| {name} | {Median(list.Select(x => x.Cpu)):F3} | {Median(list.Select(x => x.Wall)):F3} | {Median(list.Select(x => (double)x.Bytes)) / 1048576:F1} | {list[0].Size / 1024:N0} |");
        }

        Console.WriteLine($"load {Load()}");
    }

    private static TimeSpan ThreadCpu()
    {
        // The calling thread's CPU time (the writers are single-threaded): /proc/thread-self/stat fields 14 and 15, in clock ticks.
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>The element-tree writer TableExport used until 6 December 2026 (the whole sheet as <see cref="OpenXmlElement"/>s, then saved).</summary>
    private static class DomWriter
    {
        public static byte[] ToXlsx(string sheetName, ExportTitle title, string[] header, IEnumerable<IReadOnlyList<object?>> rows)
        {
            using var ms = new MemoryStream();
            using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
            {
                var wb = doc.AddWorkbookPart();
                wb.Workbook = new Workbook();
                var ws = wb.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var widths = new double[Math.Max(header.Length, 1)];
                for (var i = 0; i < widths.Length; i++)
                {
                    widths[i] = Math.Clamp((i < header.Length ? header[i].Length : 8) + 2, 8, 60);
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
                            widths[i] = Math.Clamp(Math.Max(widths[i], (Convert.ToString(cells[i], CultureInfo.InvariantCulture) ?? "").Length + 2), 8, 60);
                        }
                    }

                    data.AppendChild(row);
                }

                Add([title.Superior.ToUpperInvariant()], 0, false);
                Add([title.Body.ToUpperInvariant()], 1, false);
                Add([], 0, false);
                Add([title.Title.ToUpperInvariant()], 1, false);
                Add(["Đơn vị: " + title.Unit], 0, false);
                Add(["Kỳ báo cáo: " + title.Period], 0, false);
                Add(["Ngày lập: " + title.MadeOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)], 0, false);
                Add([], 0, false);
                Add([.. header], 1, false);
                foreach (var row in rows)
                {
                    Add(row, 0, true);
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

        private static Cell TypedCell(object? value, uint style) => value switch
        {
            null => new Cell { StyleIndex = style },
            int or long or decimal or double => new Cell
            {
                DataType = CellValues.Number, StyleIndex = style, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
            },
            DateOnly d => new Cell { StyleIndex = 2, CellValue = new CellValue((d.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)) },
            _ => new Cell
            {
                DataType = CellValues.InlineString, StyleIndex = style,
                InlineString = new InlineString(new Text(Sanitize(Convert.ToString(value, CultureInfo.InvariantCulture))) { Space = SpaceProcessingModeValues.Preserve }),
            },
        };

        private static string Sanitize(string? s)
        {
            s = InputRules.Printable(s ?? "");
            return s.Length > 0 && "=+-@".Contains(s[0], StringComparison.Ordinal) ? "'" + s : s;
        }

        private static string Column(int index)
        {
            var name = "";
            for (var i = index + 1; i > 0; i = (i - 1) / 26)
            {
                name = (char)('A' + ((i - 1) % 26)) + name;
            }

            return name;
        }
    }
}
