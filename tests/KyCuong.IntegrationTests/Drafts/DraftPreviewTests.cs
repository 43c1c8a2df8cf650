using System.Net;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Drafts;

/// <summary>
/// Drafts in the demo world and the editor's live preview (docs/domain.md "Drafts"), on both databases: the demo's past holds a letter
/// of Phòng Cải cách hành chính issued with the number of Sở Nội vụ's outgoing register and a plan still being drafted; the editor's
/// Preview handler lays out what is in the form — unsaved — in the NĐ 30/2020 layout, lists the fields to fix instead when they are
/// wrong, and answers 404 to someone who may not draft there.
/// </summary>
public abstract partial class DraftPreviewTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string IssuedSubject = "Đôn đốc báo cáo kết quả cải cách hành chính quý I năm 2026";
    private const string InProgressSubject = "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026";

    private Task<HttpClient> CookieClientAsync(string userName) => CookieSession.SignInAsync(app.Factory, userName);

    private static async Task<JsonElement> DemoDraftAsync(HttpClient client, string subject) =>
        (await client.AllItemsAsync("/api/v1/drafts", Ct)).Single(d => d.GetProperty("subject").GetString() == subject);

    [Fact]
    public async Task TheDemoWorld_HasAnIssuedLetterWithItsNumber_AndADraftInProgress()
    {
        using var specialist = await app.ClientForAsync("chuyenvien");

        var issued = await DemoDraftAsync(specialist, IssuedSubject);
        issued.GetProperty("status").GetString().ShouldBe("issued");
        issued.GetProperty("numberSymbol").GetString()!.ShouldMatch(@"^\d{2,}/SNV-CCHC$");
        (await (await specialist.GetAsync($"/api/v1/drafts/{issued.GetProperty("id").GetGuid()}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("documentId").ValueKind.ShouldBe(JsonValueKind.String);
        var progress = await DemoDraftAsync(specialist, InProgressSubject);
        progress.GetProperty("status").GetString().ShouldBe("draft");
        progress.GetProperty("numberSymbol").ValueKind.ShouldBe(JsonValueKind.Null);

        // The issued letter exports under its number; another department sees neither.
        var docx = await specialist.GetAsync($"/api/v1/drafts/{issued.GetProperty("id").GetGuid()}/export?format=docx", Ct);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentDisposition!.FileName.ShouldBe("van-ban-" + issued.GetProperty("numberSymbol").GetString()!.Replace('/', '-') + ".docx");
        using var other = await app.ClientForAsync("giamdoc.sct");
        (await other.AllItemsAsync("/api/v1/drafts", Ct)).ShouldNotContain(d => d.GetProperty("subject").GetString() == IssuedSubject);
    }

    [Fact]
    public async Task ThePreview_LaysOutWhatIsTyped_WithoutSavingIt_ListsWhatToFix_AndIs404ForAnotherDepartment()
    {
        using var api = await app.ClientForAsync("chuyenvien");
        var progress = await DemoDraftAsync(api, InProgressSubject);
        var id = progress.GetProperty("id").GetGuid();
        using var page = await CookieClientAsync("chuyenvien");
        var token = CookieSession.AntiforgeryToken(await page.GetStringAsync($"/Drafts/Edit/{id}", Ct));
        Dictionary<string, string> Form(string subject, string form, string? authority) => new()
        {
            ["__RequestVerificationToken"] = token, ["Input.Version"] = progress.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Type"] = "congVan", ["Input.Subject"] = subject, ["Input.Recipients"] = "Các sở, ban, ngành tỉnh\nỦy ban nhân dân các xã, phường",
            ["Input.Body"] = "Sở Nội vụ đề nghị các cơ quan cử công chức tham gia đoàn kiểm tra.", ["Input.SigningForm"] = form,
            ["Input.SigningAuthority"] = authority ?? "", ["Input.SignerPosition"] = "Phó Giám đốc", ["Input.Signer"] = "Trần Văn Bình",
        };

        // A letter now (the type changed in the form): "V/v" under the number, KT. over the deputy, "Lưu: VT, CCHC." — unsaved.
        var response = await page.PostAsync($"/Drafts/Edit/{id}?handler=Preview", new FormUrlEncodedContent(Form("Cử công chức tham gia đoàn kiểm tra", "KT.", "Giám đốc")), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        html.ShouldContain("data-testid=\"draft-preview\"");
        html.ShouldContain("V/v Cử công chức tham gia đoàn kiểm tra");
        html.ShouldContain("KT. GIÁM ĐỐC");
        html.ShouldContain("PHÓ GIÁM ĐỐC");
        html.ShouldContain("- Lưu: VT, CCHC.");
        html.ShouldNotContain("<html");
        var after = await (await api.GetAsync($"/api/v1/drafts/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        after.GetProperty("subject").GetString().ShouldBe(InProgressSubject);
        after.GetProperty("type").GetString().ShouldBe("keHoach");
        after.GetProperty("version").GetInt32().ShouldBe(progress.GetProperty("version").GetInt32());

        // KT. without whom it signs for: the field to fix, no layout.
        html = WebUtility.HtmlDecode(await (await page.PostAsync($"/Drafts/Edit/{id}?handler=Preview",
            new FormUrlEncodedContent(Form("Cử công chức", "KT.", null)), Ct)).Content.ReadAsStringAsync(Ct));
        html.ShouldContain("data-testid=\"preview-errors\"");
        html.ShouldContain("Ký thay, thay mặt, thừa lệnh hoặc thừa ủy quyền thì phải ghi cho ai");
        html.ShouldNotContain("data-testid=\"draft-preview\"");

        // Another department may not preview (nor learn that) this draft.
        using var other = await CookieClientAsync("giamdoc.sct");
        var otherToken = CookieSession.AntiforgeryToken(await other.GetStringAsync("/Drafts/Edit", Ct));
        var form = Form("Cử công chức", "", null);
        form["__RequestVerificationToken"] = otherToken;
        (await other.PostAsync($"/Drafts/Edit/{id}?handler=Preview", new FormUrlEncodedContent(form), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection("sqlite")]
public sealed class SqliteDraftPreviewTests(SqliteApp app) : DraftPreviewTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresDraftPreviewTests(PostgresApp app) : DraftPreviewTests<PostgresApp>(app), IClassFixture<PostgresApp>;
