using System.IO.Compression;
using System.Text;
using System.Xml;

namespace KyCuong.Documents.Packages;

/// <summary>
/// Reads a .docx's text without trusting it: the package is checked as a zip first (entry count, each entry's and the
/// total expanded size, compression ratio, only the parts a Word document has), then the XML is streamed through an
/// <see cref="XmlReader"/> with limits (no DTD, characters per part, nesting depth, text length). Nothing builds a
/// document tree, so a file nested 20,000 levels deep or expanding to hundreds of megabytes is refused with a message
/// after reading at most the limits, never by overflowing the stack or filling memory (docs/operations.md, "Uploads").
/// </summary>
internal static partial class DocxTextReader
{
    /// <summary>Most entries in a package (a long report with images has a few dozen).</summary>
    public const int MaxEntries = 500;

    /// <summary>Most bytes one entry may expand to.</summary>
    public const long MaxEntryBytes = 20 * 1024 * 1024;

    /// <summary>Most bytes all entries together may expand to.</summary>
    public const long MaxTotalBytes = 60 * 1024 * 1024;

    /// <summary>Largest expansion of an entry over 1 MB (Word's XML compresses about 5–15 times).</summary>
    public const int MaxCompressionRatio = 100;

    /// <summary>Most characters in one XML part read.</summary>
    public const long MaxXmlCharacters = 16 * 1024 * 1024;

    /// <summary>Deepest element nesting read (real documents stay under 40: tables in tables, text boxes).</summary>
    public const int MaxDepth = 200;

    /// <summary>Most characters of text taken from one document.</summary>
    public const int MaxTextLength = 4_000_000;

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string Rels = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly string[] AllowedPrefixes = ["[Content_Types].xml", "_rels/", "docProps/", "word/", "customXml/"];

    /// <summary>Reads the body (paragraphs and tables in order) and the footnotes; a refused package gives a message.</summary>
    public static TextReadResult Read(byte[] bytes, CancellationToken ct)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var refused = CheckPackage(zip);
            if (refused is not null)
            {
                return TextReadResult.Fail(refused, "docx");
            }

            var main = MainPart(zip) ?? "word/document.xml";
            var entry = zip.GetEntry(main);
            if (entry is null)
            {
                return TextReadResult.Fail("Tệp không phải văn bản Word (.docx): thiếu phần nội dung chính.", "docx");
            }

            var sb = new StringBuilder();
            var bodyFound = false;
            using (var reader = Open(entry))
            {
                while (Next(reader, ct))
                {
                    if (reader.NodeType == XmlNodeType.Element && IsW(reader, "body"))
                    {
                        bodyFound = true;
                        Blocks(reader, sb, ct);
                        break;
                    }
                }
            }

            if (!bodyFound)
            {
                return TextReadResult.Fail("Tệp Word không có nội dung.", "docx");
            }

            var footnotes = FootnotesPart(zip, main);
            if (footnotes is not null && zip.GetEntry(footnotes) is { } notes)
            {
                using var reader = Open(notes);
                Footnotes(reader, sb, ct);
            }

            var text = sb.ToString();
            return TextReadResult.Ok(text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC), "docx");
        }
        catch (PackageLimitException e)
        {
            return TextReadResult.Fail(e.Message, "docx");
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || e.InnerException is PackageLimitException)
        {
            return TextReadResult.Fail("Tệp Word quá lớn khi giải nén; không đọc.", "docx");
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return TextReadResult.Fail("Tệp Word (.docx) bị hỏng hoặc không đúng định dạng.", "docx");
        }
    }

    /// <summary>The zip checks; null when the package may be read.</summary>
    internal static string? CheckPackage(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            return $"Tệp Word có quá nhiều phần ({zip.Entries.Count}, tối đa {MaxEntries}); không đọc.";
        }

        long total = 0;
        var hasTypes = false;
        foreach (var e in zip.Entries)
        {
            var name = e.FullName;
            if (name.Contains("..", StringComparison.Ordinal) || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal)
                || !AllowedPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            {
                return "Tệp Word chứa thành phần không thuộc một văn bản Word (" + Shorten(name) + "); không đọc.";
            }

            hasTypes |= name == "[Content_Types].xml";
            if (e.Length > MaxEntryBytes)
            {
                return "Tệp Word có thành phần quá lớn khi giải nén (tối đa 20 MB mỗi phần); không đọc.";
            }

            total += e.Length;
            if (total > MaxTotalBytes)
            {
                return "Tệp Word quá lớn khi giải nén (tối đa 60 MB); không đọc.";
            }

            if (e.Length > 1024 * 1024 && e.Length > (long)MaxCompressionRatio * Math.Max(1, e.CompressedLength))
            {
                return "Tệp Word có tỷ lệ nén bất thường (nghi là “bom nén”); không đọc.";
            }
        }

        return hasTypes ? null : "Tệp không phải văn bản Word (.docx): thiếu [Content_Types].xml.";
    }

    private static string Shorten(string name) => name.Length > 60 ? name[..60] + "…" : name;

    private static XmlReader Open(ZipArchiveEntry entry)
    {
        // The declared size is checked above, but a forged header can understate it: count what really comes out.
        var stream = new BoundedStream(entry.Open(), Math.Min(entry.Length, MaxEntryBytes));
        return XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxXmlCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        });
    }

    private static bool Next(XmlReader reader, CancellationToken ct)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.Depth > MaxDepth)
        {
            throw new PackageLimitException($"Tệp Word có cấu trúc lồng nhau quá sâu (hơn {MaxDepth} cấp); không đọc.");
        }

        ct.ThrowIfCancellationRequested();
        return true;
    }

    private static bool IsW(XmlReader r, string localName) =>
        r.LocalName == localName && (r.NamespaceURI == W || r.NamespaceURI == WStrict);

    private static bool AtEnd(XmlReader r, int depth) => r.NodeType == XmlNodeType.EndElement && r.Depth == depth;

    private static void Skip(XmlReader r, CancellationToken ct)
    {
        if (r.IsEmptyElement)
        {
            return;
        }

        var depth = r.Depth;
        while (Next(r, ct) && !AtEnd(r, depth))
        {
        }
    }

    // Body or content-control content: paragraphs, tables and nested content controls, in order.
    private static void Blocks(XmlReader r, StringBuilder sb, CancellationToken ct)
    {
        if (r.IsEmptyElement)
        {
            return;
        }

        var depth = r.Depth;
        while (Next(r, ct) && !AtEnd(r, depth))
        {
            if (r.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (IsW(r, "p"))
            {
                Limit(sb).AppendLine(Paragraph(r, ct));
            }
            else if (IsW(r, "tbl"))
            {
                Table(r, sb, ct);
            }
            else if (IsW(r, "sdt"))
            {
                Children(r, "sdtContent", () => Blocks(r, sb, ct), ct);
            }
            else
            {
                Skip(r, ct);
            }
        }
    }

    // Runs each named child of the current element through `read`; other children are skipped.
    private static void Children(XmlReader r, string name, Action read, CancellationToken ct)
    {
        if (r.IsEmptyElement)
        {
            return;
        }

        var depth = r.Depth;
        while (Next(r, ct) && !AtEnd(r, depth))
        {
            if (r.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (IsW(r, name))
            {
                read();
            }
            else
            {
                Skip(r, ct);
            }
        }
    }

    // A header table (issuer | motto) becomes side-by-side columns separated by wide gaps, like pdftotext -layout.
    private static void Table(XmlReader r, StringBuilder sb, CancellationToken ct)
    {
        Children(r, "tr", () =>
        {
            var cells = new List<List<string>>();
            Children(r, "tc", () =>
            {
                var cell = new List<string>();
                Children(r, "p", () =>
                {
                    var text = Paragraph(r, ct);
                    if (text.Trim().Length > 0)
                    {
                        cell.Add(text);
                    }
                }, ct);
                cells.Add(cell);
            }, ct);
            var height = cells.Count == 0 ? 0 : cells.Max(c => c.Count);
            for (var i = 0; i < height; i++)
            {
                Limit(sb).AppendLine(string.Join("      ", cells.Select(c => i < c.Count ? c[i] : string.Empty)).TrimEnd());
            }

            sb.AppendLine();
        }, ct);
    }

    // Every text run under the paragraph (hyperlinks, fields, text boxes included); tabs, breaks, footnote marks.
    private static string Paragraph(XmlReader r, CancellationToken ct)
    {
        var sb = new StringBuilder();
        if (r.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = r.Depth;
        while (Next(r, ct) && !AtEnd(r, depth))
        {
            if (r.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (IsW(r, "pPr") || IsW(r, "rPr"))
            {
                // Properties carry no text; their w:tab elements are tab stops, not tab characters.
                Skip(r, ct);
            }
            else if (IsW(r, "t"))
            {
                if (!r.IsEmptyElement)
                {
                    var textDepth = r.Depth;
                    while (Next(r, ct) && !AtEnd(r, textDepth))
                    {
                        if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                        {
                            Limit(sb).Append(r.Value);
                        }
                    }
                }
            }
            else if (IsW(r, "tab"))
            {
                sb.Append("   ");
            }
            else if (IsW(r, "br") || IsW(r, "cr"))
            {
                sb.Append('\n');
            }
            else if (IsW(r, "footnoteReference") && r.GetAttribute("id", r.NamespaceURI) is { } id)
            {
                sb.Append("<sup>").Append(id).Append("</sup>");
            }
        }

        return sb.ToString();
    }

    private static void Footnotes(XmlReader r, StringBuilder sb, CancellationToken ct)
    {
        while (Next(r, ct))
        {
            if (r.NodeType != XmlNodeType.Element || !IsW(r, "footnote"))
            {
                continue;
            }

            var id = r.GetAttribute("id", r.NamespaceURI);
            var paragraphs = new List<string>();
            if (!r.IsEmptyElement)
            {
                var depth = r.Depth;
                while (Next(r, ct) && !AtEnd(r, depth))
                {
                    if (r.NodeType == XmlNodeType.Element && IsW(r, "p"))
                    {
                        paragraphs.Add(Paragraph(r, ct));
                    }
                }
            }

            if (int.TryParse(id, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                var text = string.Join(' ', paragraphs).Trim();
                if (text.Length > 0)
                {
                    Limit(sb).Append("<sup>").Append(n).Append("</sup> ").AppendLine(text);
                }
            }
        }
    }

    private static StringBuilder Limit(StringBuilder sb) => sb.Length <= MaxTextLength
        ? sb
        : throw new PackageLimitException("Tệp Word quá dài (hơn 4 triệu ký tự); hãy tách thành nhiều tệp.");

    // The officeDocument target of the package relationships ("word/document.xml").
    private static string? MainPart(ZipArchive zip) =>
        zip.GetEntry("_rels/.rels") is { } rels ? Target(rels, "/officeDocument", string.Empty) : null;

    private static string? FootnotesPart(ZipArchive zip, string main)
    {
        var folder = main.Contains('/', StringComparison.Ordinal) ? main[..(main.LastIndexOf('/') + 1)] : string.Empty;
        var name = main[folder.Length..];
        return zip.GetEntry(folder + "_rels/" + name + ".rels") is { } rels ? Target(rels, "/footnotes", folder) : null;
    }

    private static string? Target(ZipArchiveEntry rels, string typeSuffix, string folder)
    {
        using var r = Open(rels);
        while (Next(r, CancellationToken.None))
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "Relationship" && r.NamespaceURI == Rels
                && r.GetAttribute("Type") is { } type && type.EndsWith(typeSuffix, StringComparison.Ordinal)
                && r.GetAttribute("Target") is { Length: > 0 } target)
            {
                return target.StartsWith('/') ? target[1..] : folder + target;
            }
        }

        return null;
    }

    private sealed class PackageLimitException(string message) : Exception(message);

    // Throws once more than `limit` bytes come out of the decompressor.
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int n)
        {
            _read += n;
            return _read > limit
                ? throw new PackageLimitException("Tệp Word quá lớn khi giải nén (phần lớn hơn kích thước khai báo); không đọc.")
                : n;
        }
    }
}
