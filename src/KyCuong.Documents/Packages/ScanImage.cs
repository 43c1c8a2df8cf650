using System.Buffers.Binary;

namespace KyCuong.Documents.Packages;

/// <summary>An uploaded image's format and size as its header declares them (the largest page for a multi-page TIFF).</summary>
internal sealed record ScanImageInfo(string Format, int Width, int Height, int Pages)
{
    public long Pixels => (long)Width * Height;
}

/// <summary>
/// Reads only the header of a PNG, JPEG or TIFF — its signature, width, height and (TIFF) page count — so the size of a
/// scan is checked before any tool decodes it: a 100,000 × 100,000 image of a few kilobytes (a decompression bomb) is
/// refused without being decoded. Never throws: an unreadable header gives null.
/// </summary>
internal static class ScanImage
{
    /// <summary>The image format by signature (<c>png</c>, <c>jpeg</c>, <c>tiff</c>), whatever the file's name says; null otherwise.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? "png"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "jpeg"
        : bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8) ? "tiff"
        : null;

    /// <summary>The declared size of the image, reading at most <paramref name="maxPages"/> + 1 TIFF pages; null when unreadable.</summary>
    public static ScanImageInfo? Probe(ReadOnlySpan<byte> bytes, int maxPages) => Sniff(bytes) switch
    {
        "png" => Png(bytes),
        "jpeg" => Jpeg(bytes),
        "tiff" => Tiff(bytes, maxPages),
        _ => null,
    };

    private static ScanImageInfo? Png(ReadOnlySpan<byte> b)
    {
        // The first chunk must be IHDR: width and height as big-endian 32-bit numbers at 16 and 20.
        if (b.Length < 24 || !b.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var w = BinaryPrimitives.ReadUInt32BigEndian(b[16..]);
        var h = BinaryPrimitives.ReadUInt32BigEndian(b[20..]);
        return Sized("png", w, h, 1);
    }

    private static ScanImageInfo? Jpeg(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }

            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2; // markers without a length
                continue;
            }

            if (marker is 0xD9 or 0xDA)
            {
                return null; // end of image or start of scan before any frame header
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            if (length < 2)
            {
                return null;
            }

            // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (i + 9 > b.Length)
                {
                    return null;
                }

                var h = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]);
                var w = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]);
                return Sized("jpeg", w, h, 1);
            }

            i += 2 + length;
        }

        return null;
    }

    private static ScanImageInfo? Tiff(ReadOnlySpan<byte> b, int maxPages)
    {
        if (b.Length < 8)
        {
            return null;
        }

        var little = b[0] == (byte)'I';
        long offset = U32(b, 4, little);
        var seen = new HashSet<long>();
        uint maxW = 0, maxH = 0;
        var pages = 0;
        // The chain of directories is followed at most maxPages + 1 times and never twice through the same offset (a loop).
        while (offset != 0 && pages <= maxPages)
        {
            if (offset < 8 || offset + 2 > b.Length || !seen.Add(offset))
            {
                return null;
            }

            var at = (int)offset;
            int count = U16(b, at, little);
            if (at + 2 + (count * 12) + 4 > b.Length)
            {
                return null;
            }

            uint w = 0, h = 0;
            for (var e = 0; e < count; e++)
            {
                var entry = at + 2 + (e * 12);
                var tag = U16(b, entry, little);
                var type = U16(b, entry + 2, little);
                uint value = type == 3 ? U16(b, entry + 8, little) : U32(b, entry + 8, little);
                if (tag == 256)
                {
                    w = value;
                }
                else if (tag == 257)
                {
                    h = value;
                }
            }

            if (w == 0 || h == 0)
            {
                return null;
            }

            maxW = Math.Max(maxW, w);
            maxH = Math.Max(maxH, h);
            pages++;
            offset = U32(b, at + 2 + (count * 12), little);
        }

        return pages == 0 ? null : Sized("tiff", maxW, maxH, pages);
    }

    private static uint U32(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt32BigEndian(b[at..]);

    private static ushort U16(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static ScanImageInfo? Sized(string format, uint w, uint h, int pages) =>
        w is 0 or > int.MaxValue || h is 0 or > int.MaxValue ? null : new ScanImageInfo(format, (int)w, (int)h, pages);
}
