using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Inspections;

/// <summary>Evidence attached to findings, on SQLite and PostgreSQL (docs/domain.md "Checks of official duties: plans and evidence").</summary>
public abstract class InspectionEvidenceTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Sct = "Sở Công Thương tỉnh An Giang";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";

    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];
    internal static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    internal static byte[] Docx(bool withDocument = true)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                w.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using (var w = new StreamWriter(zip.CreateEntry(withDocument ? "word/document.xml" : "xl/workbook.xml").Open()))
            {
                w.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
            }
        }

        return ms.ToArray();
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        using var client = await App.ClientForAsync(userName);
        return (await client.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> PostAsync(string user, string url, object body)
    {
        using var client = await App.ClientForAsync(user);
        return await client.PostAsJsonAsync(url, body, Ct);
    }

    private async Task<HttpResponseMessage> GetAsync(string user, string url)
    {
        using var client = await App.ClientForAsync(user);
        return await client.GetAsync(url, Ct);
    }

    private async Task<HttpResponseMessage> UploadAsync(string user, Guid id, Guid findingId, string name, string? type, byte[] bytes)
    {
        using var client = await App.ClientForAsync(user);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        if (type is not null)
        {
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
        }

        form.Add(file, "file", name);
        return await client.PostAsync($"/api/v1/inspections/{id}/findings/{findingId}/evidence", form, Ct);
    }

    /// <summary>A check decided, started and with one finding recorded by the team (thanhtra).</summary>
    private async Task<(Guid Id, Guid FindingId)> CheckWithFindingAsync(string unit, bool surprise)
    {
        var unitId = await App.UnitIdAsync(unit);
        var id = (await (await PostAsync("chutich", "/api/v1/inspections", new
        {
            title = $"Kiểm tra công vụ có chứng cứ {Guid.NewGuid():N}", checkedUnitIds = new[] { unitId }, surprise, plannedStart = "2026-03-10",
            teamUserIds = new[] { await UserIdAsync("thanhtra") }, topics = new[] { "Chấp hành giờ giấc, kỷ luật lao động" },
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/start", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var finding = (await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId, text = "Sổ chấm công tháng 2 bỏ trống 5 ngày." }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return (id, finding);
    }

    private async Task<int> EvidenceCountAsync(string user, Guid id) =>
        (await (await GetAsync(user, $"/api/v1/inspections/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("findings")[0].GetProperty("evidence").GetArrayLength();

    [Fact]
    public async Task Evidence_PhotoAndDocuments_StoredAndDownloadedByThoseWhoSeeTheCheck()
    {
        var (id, finding) = await CheckWithFindingAsync(Stp, surprise: false);
        var photo = await (await UploadAsync("thanhtra", id, finding, "so-cham-cong.png", "image/png", Png)).ShouldBeJsonAsync(HttpStatusCode.Created);
        photo.GetProperty("contentType").GetString().ShouldBe("image/png");
        photo.GetProperty("size").GetInt64().ShouldBe(Png.Length);
        photo.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Png)));
        // A sender that does not say what it sends gets the type the content proves.
        (await (await UploadAsync("thanhtra", id, finding, "bien-ban.pdf", null, Pdf)).ShouldBeJsonAsync(HttpStatusCode.Created))
            .GetProperty("contentType").GetString().ShouldBe("application/pdf");
        (await (await UploadAsync("thanhtra", id, finding, @"C:\Users\loc\giai-trinh.docx", "application/octet-stream", Docx())).ShouldBeJsonAsync(HttpStatusCode.Created))
            .GetProperty("fileName").GetString().ShouldBe("giai-trinh.docx");

        // The checked unit sees the check, so it sees and downloads the evidence; another department does not.
        (await EvidenceCountAsync("giamdoc.stp", id)).ShouldBe(3);
        var url = $"/api/v1/inspections/{id}/evidence/{photo.GetProperty("id").GetGuid()}";
        var download = await GetAsync("giamdoc.stp", url);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(Png);
        await (await GetAsync("giamdoc.sct", url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetAsync("giamdoc.stp", $"/api/v1/inspections/{id}/evidence/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // Only the team or the ordering body attaches evidence; the checked unit does not.
        await (await UploadAsync("giamdoc.stp", id, finding, "anh.png", "image/png", Png)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await UploadAsync("thanhtra", id, Guid.NewGuid(), "anh.png", "image/png", Png)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await EvidenceCountAsync("chutich", id)).ShouldBe(3);
    }

    [Fact]
    public async Task Evidence_HostileOrMislabelledFiles_RefusedAndNothingStored()
    {
        var (id, finding) = await CheckWithFindingAsync(Stp, surprise: false);
        var html = Encoding.UTF8.GetBytes("<html><script>fetch('/api/v1/me')</script></html>");
        var mz = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00 };
        var cases = new (string Name, string? Type, byte[] Bytes)[]
        {
            ("anh-hien-truong.jpg", "image/jpeg", html),        // a page posing as a photo
            ("bien-ban.pdf", "application/pdf", mz),             // a program posing as a document
            ("cong-cu.exe", "application/octet-stream", mz),     // a kind not accepted at all
            ("anh.svg", "image/svg+xml", html),                  // scriptable image
            ("anh.pdf", "application/pdf", Png),                 // a photo under a document's name
            ("anh.png", "application/pdf", Png),                 // declared type contradicts the content
            ("bang-tinh.docx", null, Docx(withDocument: false)), // a package that is not a Word document
            ("rong.png", "image/png", []),                       // empty
            ("lon.pdf", "application/pdf", [.. Pdf, .. new byte[10 * 1024 * 1024]]), // larger than the 10 MB default
        };
        foreach (var (name, type, bytes) in cases)
        {
            var refused = await (await UploadAsync("thanhtra", id, finding, name, type, bytes)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            refused.GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue(name);
        }

        (await EvidenceCountAsync("chutich", id)).ShouldBe(0);
    }

    [Fact]
    public async Task Evidence_OfASurpriseCheck_SeenByTheCheckedUnitOnlyWithTheCheck_AndClosedAfterConclusion()
    {
        var sct = await App.UnitIdAsync(Sct);
        var id = (await (await PostAsync("chutich", "/api/v1/inspections", new
        {
            title = $"Kiểm tra đột xuất có chứng cứ {Guid.NewGuid():N}", checkedUnitIds = new[] { sct }, surprise = true, plannedStart = "2026-03-10",
            teamUserIds = new[] { await UserIdAsync("thanhtra") },
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // Evidence exists only once the team has arrived and recorded a finding; from then the unit sees the check and its evidence.
        (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/start", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var finding = (await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId = sct, text = "3 công chức vắng mặt lúc 8 giờ." }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var photo = (await (await UploadAsync("thanhtra", id, finding, "vang-mat.png", "image/png", Png)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await GetAsync("giamdoc.sct", $"/api/v1/inspections/{id}/evidence/{photo}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await GetAsync("giamdoc.stp", $"/api/v1/inspections/{id}/evidence/{photo}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await PostAsync("chutich", $"/api/v1/inspections/{id}/conclusion", new { text = "Chấn chỉnh kỷ luật." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await UploadAsync("thanhtra", id, finding, "muon.png", "image/png", Png)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("inspection.notInProgress");
    }
}

[Collection("sqlite")]
public sealed class SqliteInspectionEvidenceTests(SqliteApp app) : InspectionEvidenceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresInspectionEvidenceTests(PostgresApp app) : InspectionEvidenceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
