using System.Buffers.Binary;
using KyCuong.Documents.Packages;

namespace KyCuong.Documents.Tests;

/// <summary>
/// A scan's size is read from its header before any tool decodes it (<see cref="ScanImage"/>): PNG, JPEG and TIFF headers,
/// a multi-page TIFF, and broken or looping headers that must give null rather than throw or spin.
/// </summary>
public sealed class ScanImageTests
{
    private static string Scans => Path.Combine(AppContext.BaseDirectory, "TestData", "scans");

    [Theory]
    [InlineData("cv2541-vpcp.jpg", "jpeg")]
    [InlineData("cv454-haugiang.png", "png")]
    [InlineData("cv722-bacgiang.tif", "tiff")]
    public void Probe_RealScans_GivesFormatAndA4SizeAt250Dpi(string file, string format)
    {
        var info = ScanImage.Probe(File.ReadAllBytes(Path.Combine(Scans, file)), 5);

        info.ShouldNotBeNull();
        info.Format.ShouldBe(format);
        info.Pages.ShouldBe(1);
        // An A4 page at 250 dpi is about 2067 × 2923, a little more once turned.
        info.Width.ShouldBeInRange(2000, 2200);
        info.Height.ShouldBeInRange(2850, 3050);
    }

    [Fact]
    public void Probe_PngHeaderDeclaringABombSize_IsReadWithoutDecoding()
    {
        var info = ScanImage.Probe(Png(100_000, 100_000), 5);

        info.ShouldNotBeNull();
        info.Pixels.ShouldBe(10_000_000_000L);
    }

    [Fact]
    public void Probe_Jpeg_SkipsSegmentsBeforeTheFrameHeader()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x0B, 0xB8, 0x07, 0xD0, 0x01];

        var info = ScanImage.Probe(jpeg, 5);

        info.ShouldBe(new ScanImageInfo("jpeg", 2000, 3000, 1));
    }

    [Fact]
    public void Probe_TiffWithThreePages_CountsThem_AndStopsPastTheLimit()
    {
        var tiff = Tiff(3, loop: false);

        ScanImage.Probe(tiff, 5)!.Pages.ShouldBe(3);
        ScanImage.Probe(tiff, 1)!.Pages.ShouldBe(2); // one past the limit is enough to refuse
    }

    [Fact]
    public void Probe_TiffWhoseDirectoriesLoop_IsNull()
    {
        ScanImage.Probe(Tiff(2, loop: true), 100).ShouldBeNull();
    }

    [Theory]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 })]
    [InlineData(new byte[] { (byte)'I', (byte)'I', (byte)'*', 0, 0xFF, 0xFF, 0xFF, 0x7F })]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F' })]
    public void Probe_TruncatedOrForeignHeaders_AreNull(byte[] bytes)
    {
        ScanImage.Probe(bytes, 5).ShouldBeNull();
    }

    internal static byte[] Png(uint width, uint height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8; // bit depth; the rest of IHDR and its CRC are never read
        return bytes;
    }

    // A little-endian TIFF of `pages` directories, each with width and height; the last points back to the first when `loop`.
    private static byte[] Tiff(int pages, bool loop)
    {
        const int dirSize = 2 + (2 * 12) + 4;
        var bytes = new byte[8 + (pages * dirSize)];
        "II*\0"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 8);
        for (var p = 0; p < pages; p++)
        {
            var at = 8 + (p * dirSize);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), 2);
            foreach (var (i, tag, value) in new[] { (0, (ushort)256, 1000u), (1, (ushort)257, 1400u) })
            {
                var e = at + 2 + (i * 12);
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(e), tag);
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(e + 2), 4);
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(e + 4), 1);
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(e + 8), value);
            }

            var next = p + 1 < pages ? (uint)(at + dirSize) : loop ? 8u : 0u;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 2 + 24), next);
        }

        return bytes;
    }
}
