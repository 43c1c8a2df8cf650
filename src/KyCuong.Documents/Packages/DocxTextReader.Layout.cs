using System.Globalization;
using System.IO.Compression;
using System.Xml;
using KyCuong.Documents.Formatting;

namespace KyCuong.Documents.Packages;

internal static partial class DocxTextReader
{
    /// <summary>
    /// The page and type facts of a .docx (paper, margins, characters per font and size), read with the same package
    /// checks and XML limits as its text; null with a message when the package is refused. Fonts and sizes come from each
    /// run, else from the document's defaults and its Normal style; a paragraph style's own font is not followed (the
    /// layout check looks at the dominant body type, which real documents set on the runs or the defaults).
    /// </summary>
    public static (PageLayout? Layout, string? Error) ReadLayout(byte[] bytes, CancellationToken ct)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var refused = CheckPackage(zip);
            if (refused is not null)
            {
                return (null, refused);
            }

            var main = MainPart(zip) ?? "word/document.xml";
            if (zip.GetEntry(main) is not { } entry)
            {
                return (null, "Tệp không phải văn bản Word (.docx): thiếu phần nội dung chính.");
            }

            var (defaultFont, defaultSize) = StylesPart(zip, main) is { } styles && zip.GetEntry(styles) is { } stylesEntry
                ? DefaultType(stylesEntry, ct)
                : (null, null);
            return (BodyLayout(entry, defaultFont, defaultSize, ct), null);
        }
        catch (PackageLimitException e)
        {
            return (null, e.Message);
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || e.InnerException is PackageLimitException)
        {
            return (null, "Tệp Word quá lớn khi giải nén; không đọc.");
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return (null, "Tệp Word (.docx) bị hỏng hoặc không đúng định dạng.");
        }
    }

    private static string? StylesPart(ZipArchive zip, string main)
    {
        var folder = main.Contains('/', StringComparison.Ordinal) ? main[..(main.LastIndexOf('/') + 1)] : string.Empty;
        var name = main[folder.Length..];
        return zip.GetEntry(folder + "_rels/" + name + ".rels") is { } rels ? Target(rels, "/styles", folder) : null;
    }

    // docDefaults' run properties, overridden by the default paragraph style's (Word's "Normal").
    private static (string? Font, double? Size) DefaultType(ZipArchiveEntry styles, CancellationToken ct)
    {
        string? font = null, normalFont = null;
        double? size = null, normalSize = null;
        var inDefaults = false;
        var inNormal = false;
        using var r = Open(styles);
        while (Next(r, ct))
        {
            if (r.NodeType == XmlNodeType.Element)
            {
                if (IsW(r, "rPrDefault"))
                {
                    inDefaults = !r.IsEmptyElement;
                }
                else if (IsW(r, "style"))
                {
                    inNormal = !r.IsEmptyElement && WAttr(r, "type") == "paragraph" && WAttr(r, "default") is "1" or "true" or "on";
                }
                else if (IsW(r, "rFonts") && (inDefaults || inNormal))
                {
                    var f = FontOf(r);
                    if (inDefaults) { font = f ?? font; } else { normalFont = f ?? normalFont; }
                }
                else if (IsW(r, "sz") && (inDefaults || inNormal))
                {
                    var s = SizeOf(r);
                    if (inDefaults) { size = s ?? size; } else { normalSize = s ?? normalSize; }
                }
            }
            else if (r.NodeType == XmlNodeType.EndElement)
            {
                if (IsW(r, "rPrDefault")) { inDefaults = false; }
                else if (IsW(r, "style")) { inNormal = false; }
            }
        }

        return (normalFont ?? font, normalSize ?? size);
    }

    private static PageLayout BodyLayout(ZipArchiveEntry entry, string? defaultFont, double? defaultSize, CancellationToken ct)
    {
        var fonts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var sizes = new Dictionary<double, int>();
        int? width = null, height = null, top = null, bottom = null, left = null, right = null;
        var inRun = false;
        var inText = false;
        var inRunProperties = false;
        string? runFont = null;
        double? runSize = null;
        using var r = Open(entry);
        while (Next(r, ct))
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Element when IsW(r, "r"):
                    inRun = !r.IsEmptyElement;
                    runFont = null;
                    runSize = null;
                    break;
                case XmlNodeType.Element when inRun && IsW(r, "rPr"):
                    inRunProperties = !r.IsEmptyElement;
                    break;
                case XmlNodeType.Element when inRunProperties && IsW(r, "rFonts"):
                    runFont = FontOf(r) ?? runFont;
                    break;
                case XmlNodeType.Element when inRunProperties && IsW(r, "sz"):
                    runSize = SizeOf(r) ?? runSize;
                    break;
                case XmlNodeType.Element when inRun && IsW(r, "t"):
                    inText = !r.IsEmptyElement;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace when inText:
                    var n = r.Value.Length;
                    if ((runFont ?? defaultFont) is { } f)
                    {
                        fonts[f] = fonts.GetValueOrDefault(f) + n;
                    }

                    if ((runSize ?? defaultSize) is { } s)
                    {
                        sizes[s] = sizes.GetValueOrDefault(s) + n;
                    }

                    break;
                case XmlNodeType.EndElement when IsW(r, "t"):
                    inText = false;
                    break;
                case XmlNodeType.EndElement when IsW(r, "rPr"):
                    inRunProperties = false;
                    break;
                case XmlNodeType.EndElement when IsW(r, "r"):
                    inRun = false;
                    break;
                // The body's last section properties govern the document; an earlier section's are replaced by later ones.
                case XmlNodeType.Element when IsW(r, "pgSz"):
                    width = Twips(r, "w") ?? width;
                    height = Twips(r, "h") ?? height;
                    break;
                case XmlNodeType.Element when IsW(r, "pgMar"):
                    top = Twips(r, "top") ?? top;
                    bottom = Twips(r, "bottom") ?? bottom;
                    left = Twips(r, "left") ?? left;
                    right = Twips(r, "right") ?? right;
                    break;
            }
        }

        return new PageLayout
        {
            PageWidth = width, PageHeight = height,
            MarginTop = top is { } t ? Math.Abs(t) : null, MarginBottom = bottom is { } b ? Math.Abs(b) : null,
            MarginLeft = left, MarginRight = right,
            CharactersByFont = fonts, CharactersBySize = sizes,
        };
    }

    private static string? WAttr(XmlReader r, string name) => r.GetAttribute(name, W) ?? r.GetAttribute(name, WStrict);

    private static string? FontOf(XmlReader r) =>
        WAttr(r, "ascii") is { Length: > 0 } a ? a : WAttr(r, "hAnsi") is { Length: > 0 } h ? h : null;

    // w:sz is in half-points.
    private static double? SizeOf(XmlReader r) =>
        int.TryParse(WAttr(r, "val"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var half) && half is > 0 and < 2000 ? half / 2.0 : null;

    private static int? Twips(XmlReader r, string name) =>
        double.TryParse(WAttr(r, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && Math.Abs(v) < 1_000_000 ? (int)v : null;
}
