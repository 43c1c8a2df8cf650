using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KyCuong.Web.Platform.Web;

/// <summary>
/// A table as a file: CSV (UTF-8 with BOM, so Excel reads Vietnamese) or XLSX (OpenXml; ClosedXML is not in the feed). The worksheet is
/// written with the SDK's streaming <see cref="OpenXmlWriter"/>, one row after the other, never as an element tree: a province's
/// 40,001-row summary costs a fraction of the tree's CPU and memory (docs/performance.md "Evaluation of a province's quarter on two cores").
/// </summary>
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
            var ws = wb.AddNewPart<WorksheetPart>();
            using (var w = new SheetWriter(ws))
            {
                w.StartSheet(null);
                w.TextRow(header);
                foreach (var r in rows)
                {
                    w.TextRow(r);
                }

                w.EndSheet();
            }

            wb.Workbook = new Workbook(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = sheetName }));
            wb.Workbook.Save();
        }

        return ms.ToArray();
    }

    /// <summary>
    /// A report as XLSX: a title block (governing body, body, title, unit, period, date made, each on its own row as an official
    /// table is headed), a blank row, the bold header, then the rows. Numbers stay numbers and dates are real dates shown
    /// dd/mm/yyyy, so a spreadsheet sorts and sums them; everything else is text. The column widths fit the header and the rows
    /// (between 8 and 60 characters), so the rows are read twice: once to measure, once to write.
    /// </summary>
    public static byte[] ToXlsx(string sheetName, ExportTitle title, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var list = rows as IReadOnlyList<IReadOnlyList<object?>> ?? rows.ToList();
        var widths = new double[Math.Max(header.Count, 1)];
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = Math.Clamp((header.ElementAtOrDefault(i)?.Length ?? 8) + 2, 8, 60);
        }

        foreach (var row in list)
        {
            for (var i = 0; i < row.Count && i < widths.Length; i++)
            {
                widths[i] = Math.Clamp(Math.Max(widths[i], ShownLength(row[i]) + 2), 8, 60);
            }
        }

        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            var styles = wb.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            styles.Stylesheet.Save();
            var ws = wb.AddNewPart<WorksheetPart>();
            using (var w = new SheetWriter(ws))
            {
                w.StartSheet(widths);
                if (title.Superior.Length > 0)
                {
                    w.Row([title.Superior.ToUpperInvariant()], StyleText);
                }

                w.Row([title.Body.ToUpperInvariant()], StyleBold);
                w.Row([], StyleText);
                w.Row([title.Title.ToUpperInvariant()], StyleBold);
                w.Row(["Đơn vị: " + title.Unit], StyleText);
                w.Row(["Kỳ báo cáo: " + title.Period], StyleText);
                w.Row(["Ngày lập: " + title.MadeOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)], StyleText);
                w.Row([], StyleText);
                w.Row([.. header], StyleBold);
                foreach (var row in list)
                {
                    w.Row(row, StyleText);
                }

                w.EndSheet();
            }

            wb.Workbook = new Workbook(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = sheetName }));
            wb.Workbook.Save();
        }

        return ms.ToArray();
    }

    private const uint StyleText = 0;
    private const uint StyleBold = 1;
    private const uint StyleDate = 2;
    private const uint DateFormatId = 164;

    /// <summary>
    /// The worksheet part written element by element (SAX): &lt;cols&gt; before &lt;sheetData&gt;, then each row and its cells as the
    /// element tree would have saved them (cell reference, style, type; inline strings with xml:space="preserve"; numbers invariant;
    /// dates as serial day numbers).
    /// </summary>
    private sealed class SheetWriter(WorksheetPart part) : IDisposable
    {
        private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
        private static readonly OpenXmlAttribute Preserve = new("xml", "space", XmlNamespace, "preserve");
        private static readonly OpenXmlAttribute[] PreserveOnly = [Preserve];
        private static readonly string[] Styles = ["0", "1", "2"];

        private readonly OpenXmlWriter writer = OpenXmlWriter.Create(part);
        private readonly Row row = new();
        private readonly Cell cell = new();
        private readonly CellValue value = new();
        private readonly InlineString inline = new();
        private readonly Text text = new();
        private readonly List<OpenXmlAttribute> attributes = new(3);
        private readonly char[] reference = new char[16];
        private uint index;

        public void StartSheet(double[]? widths)
        {
            writer.WriteStartElement(new Worksheet());
            if (widths is not null)
            {
                writer.WriteStartElement(new Columns());
                for (var i = 0; i < widths.Length; i++)
                {
                    writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
                }

                writer.WriteEndElement();
            }

            writer.WriteStartElement(new SheetData());
        }

        public void EndSheet()
        {
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        /// <summary>A row of text cells without references or styles (the simple overload, as before).</summary>
        public void TextRow(IEnumerable<string> cells)
        {
            writer.WriteStartElement(row);
            foreach (var c in cells)
            {
                attributes.Clear();
                attributes.Add(new OpenXmlAttribute("t", "", "inlineStr"));
                writer.WriteStartElement(cell, attributes);
                WriteInline(c);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        /// <summary>A numbered row of typed cells (A1 references), each in the row's style except dates.</summary>
        public void Row(IReadOnlyList<object?> cells, uint style)
        {
            index++;
            var r = index.ToString(CultureInfo.InvariantCulture);
            attributes.Clear();
            attributes.Add(new OpenXmlAttribute("r", "", r));
            writer.WriteStartElement(row, attributes);
            for (var i = 0; i < cells.Count; i++)
            {
                var v = cells[i];
                attributes.Clear();
                attributes.Add(new OpenXmlAttribute("r", "", Reference(i, r)));
                attributes.Add(new OpenXmlAttribute("s", "", Styles[v is DateOnly ? StyleDate : style]));
                switch (v)
                {
                    case null:
                        writer.WriteStartElement(cell, attributes);
                        break;
                    case int or long or decimal or double:
                        attributes.Add(new OpenXmlAttribute("t", "", "n"));
                        writer.WriteStartElement(cell, attributes);
                        WriteValue(Convert.ToString(v, CultureInfo.InvariantCulture)!);
                        break;
                    case DateOnly d:
                        writer.WriteStartElement(cell, attributes);
                        // A spreadsheet date is the day count from 30 December 1899 (the OLE Automation epoch).
                        WriteValue((d.DayNumber - Epoch).ToString(CultureInfo.InvariantCulture));
                        break;
                    default:
                        attributes.Add(new OpenXmlAttribute("t", "", "inlineStr"));
                        writer.WriteStartElement(cell, attributes);
                        WriteInline(Convert.ToString(v, CultureInfo.InvariantCulture));
                        break;
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        private void WriteValue(string s)
        {
            writer.WriteStartElement(value);
            writer.WriteString(s);
            writer.WriteEndElement();
        }

        private void WriteInline(string? s)
        {
            writer.WriteStartElement(inline);
            writer.WriteStartElement(text, PreserveOnly);
            writer.WriteString(Sanitize(s));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        /// <summary>"A1", "K40009", "AA3": the column letters then the row number.</summary>
        private string Reference(int column, string rowNumber)
        {
            var n = 0;
            for (var i = column + 1; i > 0; i = (i - 1) / 26)
            {
                n++;
            }

            var at = n;
            for (var i = column + 1; i > 0; i = (i - 1) / 26)
            {
                reference[--at] = (char)('A' + ((i - 1) % 26));
            }

            return string.Concat(reference.AsSpan(0, n), rowNumber);
        }

        public void Dispose() => writer.Dispose();
    }

    private static readonly int Epoch = new DateOnly(1899, 12, 30).DayNumber;

    /// <summary>The length of the cell as shown, for the column width: a date dd/mm/yyyy is 10 characters.</summary>
    private static int ShownLength(object? value) => value switch
    {
        null => 0,
        DateOnly => 10,
        string s => s.Length,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Length ?? 0,
    };

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
