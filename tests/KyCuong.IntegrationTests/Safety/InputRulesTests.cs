using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Safety;

/// <summary>
/// Every date in every request lies within the calendar (1900–2100) and no text carries control characters or
/// bidirectional overrides: a clear 400 naming the field, nothing written. Each case here answered 500 or was stored.
/// </summary>
public abstract partial class InputRulesTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> AuditCountAsync()
    {
        using var scope = app.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(Ct);
    }

    private static async Task ShouldRefuseAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.TryGetProperty("errors", out var errors).ShouldBeTrue(problem.ToString());
        errors.TryGetProperty(field, out var messages).ShouldBeTrue(problem.ToString());
        messages[0].GetString()!.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2101-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("0001-01-01")]
    public async Task TaskDueDate_OutsideTheCalendar_400AndNothingWritten(string dueDate)
    {
        using var leader = await app.ClientForAsync("giamdoc.snv");
        var lead = await app.UnitIdAsync(Snv);
        var before = await AuditCountAsync();
        var response = await leader.PostAsJsonAsync("/api/v1/tasks", new { title = "Thử hạn xa", leadUnitId = lead, coordinatingUnitIds = Array.Empty<Guid>(), dueDate }, Ct);
        await ShouldRefuseAsync(response, "dueDate");
        (await AuditCountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("Báo cáo\u0000 tổng hợp")]
    [InlineData("Báo cáo \u202Egnóht\u202C")]
    [InlineData("Báo cáo \u0085 tổng hợp")]
    [InlineData("Báo cáo \u2066x\u2069")]
    [InlineData("Báo cáo \u007F")]
    public async Task ControlCharacters_InText_400AndNothingWritten(string title)
    {
        using var leader = await app.ClientForAsync("giamdoc.snv");
        var lead = await app.UnitIdAsync(Snv);
        var before = await AuditCountAsync();
        var response = await leader.PostAsJsonAsync("/api/v1/tasks", new { title, leadUnitId = lead, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-03-02" }, Ct);
        await ShouldRefuseAsync(response, "title");
        (await AuditCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task LineBreaks_InMultiLineText_Kept()
    {
        using var leader = await app.ClientForAsync("giamdoc.snv");
        var lead = await app.UnitIdAsync(Snv);
        var created = await (await leader.PostAsJsonAsync("/api/v1/tasks",
                new { title = "Thử xuống dòng", description = "Dòng một\r\nDòng hai\tcột", leadUnitId = lead, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-03-02" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("id").GetGuid().ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task QueryDate_OutsideTheCalendar_400()
    {
        using var leader = await app.ClientForAsync("giamdoc.snv");
        await ShouldRefuseAsync(await leader.GetAsync("/api/v1/calendar/days?from=0001-01-01&to=0001-01-05", Ct), "from");
        await ShouldRefuseAsync(await leader.GetAsync("/api/v1/tasks?dueFrom=0001-01-01", Ct), "dueFrom");
        await ShouldRefuseAsync(await leader.GetAsync("/api/v1/tasks?dueTo=2101-01-01", Ct), "dueTo");
        await ShouldRefuseAsync(await leader.GetAsync("/api/v1/tasks?q=a%00b", Ct), "q");
    }

    [Fact]
    public async Task SuccessionEffectiveOn_Year1_400()
    {
        using var admin = await app.ClientForAsync("admin");
        var unit = await app.UnitIdAsync(Sct);
        var before = await AuditCountAsync();
        await ShouldRefuseAsync(await admin.PostAsJsonAsync($"/api/v1/units/{unit}/succession", new { kind = "rename", effectiveOn = "0001-01-01", newName = "Sở X", newShortName = "SX" }, Ct), "effectiveOn");
        (await AuditCountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    public async Task DocumentReceivedOn_OutsideTheCalendar_400(string receivedOn)
    {
        using var clerk = await app.ClientForAsync("vanthu");
        var before = await AuditCountAsync();
        var body = new
        {
            direction = "incoming", issuer = "Bộ Nội vụ", numberSymbol = $"{Random.Shared.Next(100, 9999)}/BNV-{Guid.NewGuid():N}"[..20], date = "2026-01-30", type = "Công văn",
            subject = "Về việc thử ngày đến", receivedOn,
        };
        await ShouldRefuseAsync(await clerk.PostAsJsonAsync("/api/v1/documents", body, Ct), "receivedOn");
        (await AuditCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Consultation_DueDateFarOff_AndNullAttachment_400()
    {
        using var leader = await app.ClientForAsync("giamdoc.snv");
        var requester = await app.UnitIdAsync(Snv);
        var consulted = await app.UnitIdAsync(Sct);
        var before = await AuditCountAsync();
        await ShouldRefuseAsync(await leader.PostAsJsonAsync("/api/v1/consultations",
            new { subject = "Góp ý", proposal = "Nội dung", requesterUnitId = requester, consultedUnitIds = new[] { consulted }, dueDate = "9999-12-31" }, Ct), "dueDate");
        using var nullAttachment = new StringContent(
            $$"""{"subject":"Góp ý","proposal":"Nội dung","requesterUnitId":"{{requester}}","consultedUnitIds":["{{consulted}}"],"workingDays":5,"attachments":[null]}""",
            Encoding.UTF8, "application/json");
        await ShouldRefuseAsync(await leader.PostAsync("/api/v1/consultations", nullAttachment, Ct), "attachments[0]");
        (await AuditCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Completion_WithADocumentThatDoesNotExist_400()
    {
        using var leader = await app.ClientForAsync("giamdoc.snv");
        var lead = await app.UnitIdAsync(Snv);
        var created = await (await leader.PostAsJsonAsync("/api/v1/tasks", new { title = "Thử văn bản kết quả", leadUnitId = lead, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-03-02" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await ShouldRefuseAsync(await leader.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Đã xong", resultDocumentId = Guid.NewGuid() }, Ct), "resultDocumentId");
        await ShouldRefuseAsync(await leader.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Đã xong", outputDocumentId = Guid.NewGuid() }, Ct), "outputDocumentId");
        var task = await (await leader.GetAsync($"/api/v1/tasks/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        task.GetProperty("completedOn").ValueKind.ShouldBe(JsonValueKind.Null);

        // An outgoing document the caller can see is accepted (the result is carried by a document the unit issues).
        using var clerk = await app.ClientForAsync("vanthu");
        var document = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "outgoing", numberSymbol = "UBND-VP", date = "2026-01-30", type = "Công văn",
            subject = "Báo cáo kết quả",
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Đã xong", resultDocumentId = document.GetProperty("id").GetGuid() }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PageForm_DateOutsideTheCalendar_400AndNothingWritten()
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/Account/Login", Ct);
        (await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin", ["Password"] = AppFixture.DemoPassword, ["__RequestVerificationToken"] = Token().Match(login).Groups[1].Value,
        }), Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var unit = await app.UnitIdAsync(Sct);
        var page = await client.GetStringAsync($"/Admin/Units/Succession/{unit}", Ct);
        Token().IsMatch(page).ShouldBeTrue(page);
        var before = await AuditCountAsync();
        var response = await client.PostAsync($"/Admin/Units/Succession/{unit}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Kind"] = "Rename", ["Input.EffectiveOn"] = "0001-01-01", ["Input.NewName"] = "Sở Y", ["Input.NewShortName"] = "SY", ["Input.LegalBasis"] = "QĐ 1",
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        }), Ct);
        await ShouldRefuseAsync(response, "Input.EffectiveOn");
        (await AuditCountAsync()).ShouldBe(before);

        page = await client.GetStringAsync($"/Admin/Units/Succession/{unit}", Ct);
        var text = await client.PostAsync($"/Admin/Units/Succession/{unit}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Kind"] = "Rename", ["Input.EffectiveOn"] = "2026-03-01", ["Input.NewName"] = "Sở\u0007Y\u202E", ["Input.NewShortName"] = "SY", ["Input.LegalBasis"] = "QĐ 1",
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        }), Ct);
        await ShouldRefuseAsync(text, "Input.NewName");
        (await AuditCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task TaskDueDate_MoreThanTheWindowAhead_400()
    {
        using var leader = await app.ClientForAsync("giamdoc.snv");
        var lead = await app.UnitIdAsync(Snv);
        // Today is 2026-02-03; the default window is five years.
        var far = await leader.PostAsJsonAsync("/api/v1/tasks", new { title = "Hạn quá xa", leadUnitId = lead, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2031-02-04" }, Ct);
        await ShouldRefuseAsync(far, "dueDate");
        (await leader.PostAsJsonAsync("/api/v1/tasks", new { title = "Hạn trong 5 năm", leadUnitId = lead, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2031-01-02" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task DeadlineWindowSetting_OutOfRange_HostRefusesToStart()
    {
        await using var database = await TestDatabase.CreateAsync(app.Provider, "kc_window");
        await using var factory = new KyCuongFactory(database, settings: new Dictionary<string, string?> { ["Input:DeadlineMaxYearsAhead"] = "0" });
        var error = Should.Throw<Exception>(() => factory.Server);
        error.ToString().ShouldContain("DeadlineMaxYearsAhead");
    }

    [Fact]
    public async Task Export_StoredControlCharacters_StillAFile()
    {
        using var clerk = await app.ClientForAsync("vanthu");
        var numberSymbol = $"{Random.Shared.Next(100, 9999)}/BNV-XK{Guid.NewGuid():N}"[..22];
        var document = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Bộ Nội vụ", numberSymbol, date = "2026-01-30", type = "Công văn", subject = "Về việc xuất sổ",
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = document.GetProperty("id").GetGuid();

        // Stored before input was validated: a vertical tab and an override, which XML (and so XLSX) cannot hold.
        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Subject, "Về việc xuất ‮sổ"), Ct)).ShouldBe(1);
        }

        foreach (var format in new[] { "xlsx", "csv" })
        {
            var response = await clerk.GetAsync($"/api/v1/documents/export?direction=incoming&year=2026&format={format}", Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
            (await response.Content.ReadAsByteArrayAsync(Ct)).Length.ShouldBeGreaterThan(0);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection("sqlite")]
public sealed class SqliteInputRulesTests(SqliteApp app) : InputRulesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresInputRulesTests(PostgresApp app) : InputRulesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
