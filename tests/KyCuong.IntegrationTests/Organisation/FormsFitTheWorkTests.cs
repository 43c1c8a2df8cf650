using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Organisation;

/// <summary>
/// The page forms as a Vietnamese civil servant fills them: dates typed day first (dd/mm/yyyy) with a clear refusal of a date
/// that does not exist, the deadline hint before saving (Civil Code 2015 art. 148(5)), the consultation form's own unit by
/// default and its related task found by search among the tasks the person may see.
/// </summary>
public abstract partial class FormsFitTheWorkTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(KyCuongFactory.DefaultNow.Date);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Vn(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private async Task<List<(DateOnly Date, bool Working, string? Reason)>> DaysAsync(DateOnly from, DateOnly to)
    {
        using var admin = await app.ClientForAsync("admin");
        var days = await (await admin.GetAsync($"/api/v1/calendar/days?from={Iso(from)}&to={Iso(to)}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        return days.EnumerateArray().Select(d => (DateOnly.Parse(d.GetProperty("date").GetString()!, CultureInfo.InvariantCulture), d.GetProperty("isWorkingDay").GetBoolean(),
            d.GetProperty("reason").GetString())).ToList();
    }

    private static Dictionary<string, string> TaskForm(string title, Guid lead, string dueDate) => new()
    {
        ["Input.Title"] = title, ["Input.LeadUnitId"] = lead.ToString(), ["Input.DueDate"] = dueDate,
    };

    [Fact]
    public async Task TaskForm_DateTypedDayFirst_OnASaturday_SavesTheNextWorkingDayAndSaysSo()
    {
        var days = await DaysAsync(Today.AddDays(1), Today.AddDays(120));
        var saturday = days.First(d => d.Date >= Today.AddDays(14) && d.Date.DayOfWeek == DayOfWeek.Saturday && !d.Working).Date;
        var monday = days.First(d => d.Date >= saturday && d.Working).Date;
        var lead = await app.UnitIdAsync(Snv);
        var title = $"Báo cáo nhập ngày kiểu Việt Nam {Guid.NewGuid():N}"[..44];
        using var session = await FormSession.SignInAsync(app, "chutich");

        var saved = await session.PostFormAsync("/Tasks/Create", "/Tasks/Create", TaskForm(title, lead, Vn(saturday)));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Ct));
        var id = Guid.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1]);
        var details = await session.GetStringAsync(saved.Headers.Location.OriginalString);
        details.ShouldContain($"Ngày {Vn(saturday)} là ngày nghỉ nên hạn là {Vn(monday)}.");

        using var chutich = await app.ClientForAsync("chutich");
        var task = await (await chutich.GetAsync($"/api/v1/tasks/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        task.GetProperty("dueDate").GetString().ShouldBe(Iso(monday));
    }

    [Theory]
    [InlineData("31/02/2027", "không có thật")]
    [InlineData("13/13/2027", "tháng phải từ 1 đến 12")]
    [InlineData("hôm nay", "ngày/tháng/năm")]
    public async Task TaskForm_ADateThatDoesNotExist_IsAClearFieldError_AndNothingIsSaved(string typed, string message)
    {
        var lead = await app.UnitIdAsync(Snv);
        var title = $"Báo cáo ngày sai {Guid.NewGuid():N}"[..30];
        using var session = await FormSession.SignInAsync(app, "chutich");
        var refused = await session.PostFormAsync("/Tasks/Create", "/Tasks/Create", TaskForm(title, lead, typed));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        ValidationMessage().Match(html).Groups[1].Value.ShouldContain(message);
        html.ShouldContain($"value=\"{typed}\""); // what was typed stays, to correct it

        using var admin = await app.ClientForAsync("admin");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?mine=false&q={Uri.EscapeDataString(title)}", Ct)).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task TaskForm_ShowsTheDueDateDayFirst_AndTheIsoDateOfOlderFormsStillBinds()
    {
        var days = await DaysAsync(Today.AddDays(1), Today.AddDays(120));
        var working = days.First(d => d.Date >= Today.AddDays(10) && d.Working).Date;
        var lead = await app.UnitIdAsync(Snv);
        using var session = await FormSession.SignInAsync(app, "chutich");
        var html = await session.GetStringAsync("/Tasks/Create");
        var input = DateInput().Match(html).Value;
        input.ShouldContain("type=\"text\"", customMessage: "the due date is a day-first text field, not the browser's date field");
        input.ShouldContain("data-kc-date");
        input.ShouldContain("placeholder=\"dd/mm/yyyy\"");

        var saved = await session.PostFormAsync("/Tasks/Create", "/Tasks/Create", TaskForm($"Báo cáo ngày ISO {Guid.NewGuid():N}"[..30], lead, Iso(working)));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var chutich = await app.ClientForAsync("chutich");
        var task = await (await chutich.GetAsync($"/api/v1/tasks/{saved.Headers.Location!.OriginalString.Split('/')[^1]}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        task.GetProperty("dueDate").GetString().ShouldBe(Iso(working));
    }

    [Fact]
    public async Task DeadlineHint_SaysADayOffMovesAndWhereTo_AWorkingDayStays_ABadDateIs400()
    {
        var days = await DaysAsync(Today.AddDays(1), Today.AddDays(365));
        var tet = days.First(d => d.Reason == "holiday:Tết Nguyên đán").Date;
        var after = days.First(d => d.Date >= tet && d.Working).Date;
        var working = days.First(d => d.Working).Date;
        using var session = await FormSession.SignInAsync(app, "giamdoc.snv");

        var moved = JsonDocument.Parse(await session.GetStringAsync($"/Calendar?handler=Deadline&date={Uri.EscapeDataString(Vn(tet))}")).RootElement;
        moved.GetProperty("moved").GetBoolean().ShouldBeTrue();
        moved.GetProperty("dueDate").GetString().ShouldBe(Iso(after));
        moved.GetProperty("message").GetString().ShouldBe(
            $"Ngày {Vn(tet)} là ngày nghỉ lễ, Tết (Tết Nguyên đán), ngày nghỉ; hạn sẽ là {Vn(after)} (ngày làm việc tiếp theo, Điều 148 Bộ luật Dân sự 2015).");

        var stays = JsonDocument.Parse(await session.GetStringAsync($"/Calendar?handler=Deadline&date={Iso(working)}")).RootElement;
        stays.GetProperty("moved").GetBoolean().ShouldBeFalse();
        stays.GetProperty("dueDate").GetString().ShouldBe(Iso(working));

        var consultation = JsonDocument.Parse(await session.GetStringAsync($"/Calendar?handler=Deadline&mode=workingDay&date={Uri.EscapeDataString(Vn(tet))}")).RootElement;
        consultation.GetProperty("message").GetString()!.ShouldContain("hạn phải là ngày làm việc");

        var bad = await session.GetAsync("/Calendar?handler=Deadline&date=31%2F02%2F2027");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("31/02/2027");
    }

    [Fact]
    public async Task ConsultationForm_DefaultsToOwnUnit_AndFindsOnlyVisibleTasksBySearch()
    {
        var snv = await app.UnitIdAsync(Snv);
        var stp = await app.UnitIdAsync(Stp);
        var word = "Kiemtra" + Guid.NewGuid().ToString("N")[..8];
        using var chutich = await app.ClientForAsync("chutich");
        var mine = await (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title = $"Xây dựng quy chế {word} của Sở Nội vụ", leadUnitId = snv, workingDays = 10 }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var other = await (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title = $"Thẩm định {word} của Sở Tư pháp", leadUnitId = stp, workingDays = 10 }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        using var session = await FormSession.SignInAsync(app, "giamdoc.snv");
        var form = await session.GetStringAsync("/Consultations/Create");
        SelectedOption(form, "Input_RequesterUnitId").ShouldBe(snv.ToString());
        form.ShouldNotContain("name=\"Input.TaskId\" type=\"text\""); // the task is chosen, never typed as an id
        FormSession.Options(form, "Input_TaskId").ShouldBe(["– Không có –"]);

        // Lower case finds the capitalised title; the Sở Tư pháp task is another branch's and is not offered.
        var hits = JsonDocument.Parse(await session.GetStringAsync($"/Consultations/Create?handler=Tasks&q={Uri.EscapeDataString(word.ToLowerInvariant())}")).RootElement;
        hits.EnumerateArray().Select(h => h.GetProperty("value").GetString()).ShouldBe([mine.GetProperty("id").GetGuid().ToString()]);
        hits[0].GetProperty("text").GetString()!.ShouldContain("(hạn ");
        var chairman = await FormSession.SignInAsync(app, "chutich");
        using (chairman)
        {
            var all = JsonDocument.Parse(await chairman.GetStringAsync($"/Consultations/Create?handler=Tasks&q={word}")).RootElement;
            all.EnumerateArray().Select(h => h.GetProperty("value").GetString()).ShouldBe(
                [mine.GetProperty("id").GetGuid().ToString(), other.GetProperty("id").GetGuid().ToString()], ignoreOrder: true);
        }

        // Coming from a task, the form shows it chosen; a task the person may not see is not shown.
        var fromTask = await session.GetStringAsync($"/Consultations/Create?taskId={mine.GetProperty("id").GetGuid()}");
        SelectedOption(fromTask, "Input_TaskId").ShouldBe(mine.GetProperty("id").GetGuid().ToString());
        var hidden = await session.GetStringAsync($"/Consultations/Create?taskId={other.GetProperty("id").GetGuid()}");
        FormSession.Options(hidden, "Input_TaskId").ShouldBe(["– Không có –"]);
    }

    private static string? SelectedOption(string html, string selectId)
    {
        var select = Regex.Match(html, $"<select[^>]*id=\"{selectId}\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        var selected = Regex.Match(select, "<option selected=\"selected\" value=\"([^\"]*)\"|<option value=\"([^\"]*)\" selected=\"selected\"");
        return selected.Success ? (selected.Groups[1].Success && selected.Groups[1].Value.Length > 0 ? selected.Groups[1].Value : selected.Groups[2].Value) : null;
    }

    [GeneratedRegex("data-valmsg-for=\"Input.DueDate\"[^>]*>(?:<span[^>]*>)?([^<]*)")]
    private static partial Regex ValidationMessage();

    [GeneratedRegex("<input[^>]*name=\"Input.DueDate\"[^>]*>")]
    private static partial Regex DateInput();
}

[Collection("sqlite")]
public sealed class SqliteFormsFitTheWorkTests(SqliteApp app) : FormsFitTheWorkTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresFormsFitTheWorkTests(PostgresApp app) : FormsFitTheWorkTests<PostgresApp>(app), IClassFixture<PostgresApp>;
