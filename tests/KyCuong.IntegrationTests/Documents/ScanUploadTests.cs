using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KyCuong.IntegrationTests.Documents;

/// <summary>
/// <c>POST /api/v1/documents/parse-file</c> takes scans (docs/api.md, "Scanned letters"): an image or a PDF without a text
/// layer is read by OCR and answers the same extraction with an <c>"ocr"</c> block; a hostile image is refused from its
/// header with the host still serving; a server without tesseract answers 503, never 500; only a signed-in user may parse.
/// </summary>
public abstract class ScanUploadTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Scan(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "scans", name));

    private static MultipartFormDataContent Form(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };

    [Fact]
    public async Task ParseFile_ScannedJpeg_ReadsTheHeader_AndSaysItWasReadByOcr()
    {
        using var client = await App.ClientForAsync("chuyenvien");

        var json = await (await client.PostAsync("/api/v1/documents/parse-file", Form(Scan("cv2541-vpcp.jpg"), "cong-van-quet.jpg"), Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);

        json.GetProperty("numberSymbol").GetString().ShouldBe("2541/VPCP-QHQT");
        json.GetProperty("issuer").GetString().ShouldBe("Văn phòng Chính phủ");
        json.GetProperty("date").GetString().ShouldBe("2009-04-20");
        json.GetProperty("signer").GetString().ShouldBe("Văn Trọng Lý");
        var ocr = json.GetProperty("ocr");
        ocr.GetProperty("pages").GetInt32().ShouldBe(1);
        ocr.GetProperty("morePages").GetBoolean().ShouldBeFalse();
        ocr.GetProperty("text").GetString()!.ShouldContain("Số: 2541/VPCP-QHQT");
    }

    [Fact]
    public async Task ParseFile_ScannedPdfWithoutTextLayer_ReadsTheHeader()
    {
        using var client = await App.ClientForAsync("chuyenvien");

        var json = await (await client.PostAsync("/api/v1/documents/parse-file", Form(Scan("kh17-thaibinh.pdf"), "ke-hoach.pdf"), Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);

        json.GetProperty("numberSymbol").GetString().ShouldBe("17/KH-UBND");
        json.GetProperty("type").GetString().ShouldBe("Kế hoạch");
        json.GetProperty("date").GetString().ShouldBe("2016-03-07");
        json.GetProperty("ocr").GetProperty("pages").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task ParseFile_TextPdfOrDocx_HasNoOcrBlock()
    {
        using var client = await App.ClientForAsync("chuyenvien");

        var json = await (await client.PostAsync("/api/v1/documents/parse-file", Form(Encoding.UTF8.GetBytes("Số: 919/UBND-NC\nKính gửi: Sở Nội vụ."), "a.txt"), Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        json.TryGetProperty("ocr", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("bomb")]
    [InlineData("broken")]
    [InlineData("notAnImage")]
    public async Task ParseFile_HostileImage_422_BeforeDecoding_HostStaysUp(string kind)
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var (bytes, name, message) = kind switch
        {
            // 100,000 × 100,000 pixels declared in 33 bytes: refused from the header, never decoded.
            "bomb" => (Png(100_000, 100_000), "bom.png", "Ảnh quá lớn"),
            "broken" => (Png(2000, 3000)[..20], "hong.png", "Ảnh bị hỏng"),
            _ => ("MZ\u0090\0\u0003"u8.ToArray(), "setup.jpg", "không phải ảnh"),
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var problem = await (await client.PostAsync("/api/v1/documents/parse-file", Form(bytes, name), Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        problem.GetProperty("code").GetString().ShouldBe("document.unreadableFile");
        problem.GetProperty("detail").GetString()!.ShouldContain(message);
        var still = await (await client.PostAsync("/api/v1/documents/parse", new StringContent("Số: 919/UBND-NC\nKính gửi: Sở Nội vụ.", Encoding.UTF8, "text/plain"), Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        still.GetProperty("numberSymbol").GetString().ShouldBe("919/UBND-NC");
    }

    [Fact]
    public async Task ParseFile_Scan_OnAServerWithoutTesseract_503_WithACode()
    {
        await using var factory = App.Factory.WithWebHostBuilder(b => b.UseSetting("Documents:Ocr:TesseractPath", "/nonexistent/tesseract"));
        using var client = factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "chuyenvien", password = AppFixture.DemoPassword }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        var problem = await (await client.PostAsync("/api/v1/documents/parse-file", Form(Scan("cv454-haugiang.png"), "quet.png"), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);

        problem.GetProperty("code").GetString().ShouldBe("document.ocrUnavailable");
        problem.GetProperty("detail").GetString()!.ShouldContain("tesseract-ocr-vie");
    }

    [Fact]
    public async Task ParseFile_Scan_Anonymous_401()
    {
        using var anonymous = App.Anonymous();

        var response = await anonymous.PostAsync("/api/v1/documents/parse-file", Form(Scan("cv454-haugiang.png"), "quet.png"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static byte[] Png(uint width, uint height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8;
        return bytes;
    }
}

[Collection("sqlite")]
public sealed class SqliteScanUploadTests(SqliteApp app) : ScanUploadTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresScanUploadTests(PostgresApp app) : ScanUploadTests<PostgresApp>(app), IClassFixture<PostgresApp>;
