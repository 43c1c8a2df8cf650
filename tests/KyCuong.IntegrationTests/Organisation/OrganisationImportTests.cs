using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Organisation;

/// <summary>Organisation import from XLSX/CSV (docs/domain.md "Onboarding"), on SQLite and PostgreSQL.</summary>
public abstract class OrganisationImportTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DryRun_ReportsWhatWouldBeCreated_AndWritesNothing()
    {
        using var admin = await App.ClientForAsync("admin");
        var anGiang = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var p = Prefix();
        var csv = $"code,name,shortName,kind,parentCode\n{p}-S,Sở Thử nghiệm {p},STN,department,{anGiang}\n{p}-P,\"Phòng Một, Sở Thử nghiệm {p}\",P1,division,{p}-S\n";
        var result = await ImportAsync(admin, Csv(csv, "units.csv"), dryRun: true);
        result.GetProperty("units").GetProperty("created").GetInt32().ShouldBe(2);
        result.GetProperty("errors").GetArrayLength().ShouldBe(0);
        (await UnitNamesAsync(admin)).ShouldNotContain($"Sở Thử nghiệm {p}");
    }

    [Fact]
    public async Task RealRun_Xlsx_CreatesUnitsAndPeople_SecondRunChangesNothing_LeaverDeactivated()
    {
        using var admin = await App.ClientForAsync("admin");
        var anGiang = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var p = Prefix();
        string[][] units =
        [
            ["Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Loại đơn vị", "Mã đơn vị cấp trên", "Mã định danh"],
            [$"{p}-S", $"Sở Khoa học {p}", "SKH", "Sở, ban, ngành", anGiang.ToString(), "000.00.31.H01"],
            [$"{p}-P", $"Phòng Quản lý {p}", "QL", "division", $"{p}-S", ""],
        ];
        string[][] people =
        [
            ["Tên đăng nhập", "Họ và tên", "Thư điện tử", "Mã đơn vị", "Chức vụ", "Vai trò"],
            [$"gd.{p}", "Nguyễn Thị Thu", $"gd.{p}@angiang.gov.vn", $"{p}-S", "Giám đốc Sở", "leader; monitor"],
            [$"cv.{p}", "Lê Văn Tùng", "", $"{p}-P", "Chuyên viên", "Chuyên viên"],
        ];
        var file = Xlsx(units, people);
        var dry = await ImportAsync(admin, file, dryRun: true);
        dry.GetProperty("people").GetProperty("created").GetInt32().ShouldBe(2);

        var real = await ImportAsync(admin, Xlsx(units, people), dryRun: false);
        real.GetProperty("errors").GetArrayLength().ShouldBe(0, real.ToString());
        real.GetProperty("units").GetProperty("created").GetInt32().ShouldBe(2);
        real.GetProperty("people").GetProperty("created").GetInt32().ShouldBe(2);
        var accounts = real.GetProperty("accounts").EnumerateArray().ToList();
        accounts.Count.ShouldBe(2);
        accounts.ShouldAllBe(a => a.GetProperty("setPasswordUrl").GetString()!.Contains("/Account/SetPassword?user=", StringComparison.Ordinal));
        (await UnitNamesAsync(admin)).ShouldContain($"Phòng Quản lý {p}");

        var again = await ImportAsync(admin, Xlsx(units, people), dryRun: false);
        again.GetProperty("units").GetProperty("created").GetInt32().ShouldBe(0);
        again.GetProperty("units").GetProperty("unchanged").GetInt32().ShouldBe(2);
        again.GetProperty("people").GetProperty("created").GetInt32().ShouldBe(0);
        again.GetProperty("people").GetProperty("unchanged").GetInt32().ShouldBe(2);
        again.GetProperty("people").GetProperty("updated").GetInt32().ShouldBe(0);

        // The new leader sets a password through the one-time link's token, and signs in: no shared initial password.
        var leader = accounts.Single(a => a.GetProperty("userName").GetString() == $"gd.{p}").GetProperty("setPasswordUrl").GetString()!;
        await SetPasswordAsync(leader, "Thu@AnGiang-2026");
        using var signedIn = await App.ClientForAsync($"gd.{p}", "Thu@AnGiang-2026");
        (await signedIn.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await SetPasswordAsync(leader, "Khac@AnGiang-2027", expectRefused: true);

        var renamed = await ImportAsync(admin, Csv($"code,name,shortName,kind,parentCode\n{p}-P,Phòng Quản lý chuyên ngành {p},QLCN,division,{p}-S\n", "units.csv"), dryRun: false);
        renamed.GetProperty("units").GetProperty("updated").GetInt32().ShouldBe(1);

        var leaver = Csv($"userName,fullName,email,unitCode,position,roles,active\ncv.{p},,,,,,không\n", "people.csv");
        var left = await ImportAsync(admin, leaver, dryRun: false);
        left.GetProperty("people").GetProperty("deactivated").GetInt32().ShouldBe(1);
        var users = await (await admin.GetAsync($"/api/v1/users?search=cv.{p}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        users.ToString().ShouldContain("\"isActive\":false");
    }

    [Fact]
    public async Task FileWithErrors_ChangesNothing_AndListsEachRowWithReason()
    {
        using var admin = await App.ClientForAsync("admin");
        var anGiang = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var p = Prefix();
        var csv = $"code,name,shortName,kind,parentCode\n{p}-OK,Sở Hợp lệ {p},SHL,department,{anGiang}\n{p}-K,Sở Sai loại {p},SSL,castle,{anGiang}\n{p}-X,Phòng Mồ côi {p},PMC,division,KHONG-CO\n,Thiếu mã,TM,division,{p}-OK\n";
        var result = await ImportAsync(admin, Csv(csv, "units.csv"), dryRun: false);
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        errors.Select(e => e.GetProperty("row").GetInt32()).ShouldBe([3, 4, 5]);
        errors.ShouldAllBe(e => e.GetProperty("sheet").GetString() == "Đơn vị");
        errors[0].GetProperty("message").GetString()!.ShouldContain("Loại đơn vị không hợp lệ");
        errors[1].GetProperty("message").GetString()!.ShouldContain("Không tìm thấy đơn vị cấp trên \"KHONG-CO\"");
        errors[2].GetProperty("message").GetString()!.ShouldContain("Thiếu mã đơn vị");
        (await UnitNamesAsync(admin)).ShouldNotContain($"Sở Hợp lệ {p}");

        var people = Csv($"userName,fullName,email,unitCode,position,roles\nok.{p},Người Hợp Lệ,,{p}-NONE,Chuyên viên,specialist\nsai tên,Tên Có Dấu Cách,x@,{p}-NONE,Chuyên viên,wizard\n", "people.csv");
        var peopleResult = await ImportAsync(admin, people, dryRun: false);
        peopleResult.GetProperty("errors").GetArrayLength().ShouldBe(2);
        peopleResult.GetProperty("errors")[1].GetProperty("message").GetString()!.ShouldContain("Vai trò không hợp lệ: \"wizard\"");
        (await (await admin.GetAsync($"/api/v1/users?search=ok.{p}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).ToString().ShouldNotContain($"ok.{p}");
    }

    [Fact]
    public async Task NonAdministrator_403_AndNothingChanges()
    {
        using var leader = await App.ClientForAsync("chutich");
        var anGiang = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var p = Prefix();
        var csv = $"code,name,shortName,kind,parentCode\n{p}-S,Sở Trái phép {p},STP,department,{anGiang}\n";
        (await leader.PostAsync("/api/v1/organisation/import?dryRun=false", Csv(csv, "units.csv"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var admin = await App.ClientForAsync("admin");
        (await UnitNamesAsync(admin)).ShouldNotContain($"Sở Trái phép {p}");
    }

    [Fact]
    public async Task Template_IsAnXlsxThatImportsAsADryRun()
    {
        using var admin = await App.ClientForAsync("admin");
        var response = await admin.GetAsync("/api/v1/organisation/import/template", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        var content = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "mau.xlsx" } };
        var result = await ImportAsync(admin, content, dryRun: true);
        // The template's parent is a placeholder to replace: its rows are recognised and the placeholder is the one error on units.
        var errors = result.GetProperty("errors").EnumerateArray().Where(e => e.GetProperty("sheet").GetString() == "Đơn vị").ToList();
        errors.Count.ShouldBe(1);
        errors[0].GetProperty("row").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task ImportPage_AdministratorDryRunShowsCounts_OthersAreRefused()
    {
        using var admin = await FormSession.SignInAsync(App, "admin");
        var page = await admin.GetStringAsync("/Admin/Import");
        page.ShouldContain("Kiểm tra (chạy thử)");
        var anGiang = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var p = Prefix();
        var antiforgery = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var csv = $"code,name,shortName,kind,parentCode\n{p}-S,Sở Trang {p},STR,department,{anGiang}\n{p}-X,Phòng Lạc {p},PL,division,KHONG-CO\n";
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "units.csv" },
            { new StringContent(antiforgery), "__RequestVerificationToken" },
        };
        var response = await admin.PostAsync("/Admin/Import?handler=DryRun", form);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("Kết quả chạy thử (chưa ghi)");
        html.ShouldContain("Không tìm thấy đơn vị cấp trên \"KHONG-CO\"");

        using var leader = await FormSession.SignInAsync(App, "chutich");
        (await leader.GetAsync("/Admin/Import")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
    }

    private static string Prefix() => "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    private async Task SetPasswordAsync(string link, string password, bool expectRefused = false)
    {
        // The link as the person opens it: anonymous, the page's own antiforgery token, then the form post.
        using var browser = App.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var uri = new Uri(link);
        var page = await browser.GetStringAsync(uri.PathAndQuery, Ct);
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        var antiforgery = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await browser.PostAsync("/Account/SetPassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = query["user"]!, ["Token"] = query["token"]!, ["Password"] = password, ["Confirm"] = password, ["__RequestVerificationToken"] = antiforgery,
        }), Ct);
        var body = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        body.ShouldContain(expectRefused ? "Liên kết đặt mật khẩu không còn hiệu lực" : "Đã đặt mật khẩu", Case.Sensitive, body.Length > 3000 ? body[..3000] : body);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, HttpContent file, bool dryRun)
    {
        var response = await client.PostAsync($"/api/v1/organisation/import?dryRun={(dryRun ? "true" : "false")}", file, Ct);
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static async Task<List<string>> UnitNamesAsync(HttpClient admin)
    {
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
        return units.EnumerateArray().Select(u => u.GetProperty("name").GetString()!).ToList();
    }

    private static MultipartFormDataContent Csv(string text, string name) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name } };

    private static MultipartFormDataContent Xlsx(string[][] units, string[][] people)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in new[] { ("Đơn vị", units), ("Người dùng", people) })
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint index = 1;
                foreach (var row in rows)
                {
                    data.Append(new Row(row.Select(v => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) })) { RowIndex = index++ });
                }

                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            workbook.Workbook.Save();
        }

        return new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "to-chuc.xlsx" } };
    }
}

[Collection("sqlite")]
public sealed class SqliteOrganisationImportTests(SqliteApp app) : OrganisationImportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresOrganisationImportTests(PostgresApp app) : OrganisationImportTests<PostgresApp>(app), IClassFixture<PostgresApp>;
