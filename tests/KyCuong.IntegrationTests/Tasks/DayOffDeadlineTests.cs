using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Tasks;

/// <summary>
/// Civil Code 2015 art. 148(5) (docs/domain.md §7): a deadline given as a date that falls on a day off moves to the next working
/// day, and the answer says which date was asked (<c>requestedDueDate</c>). The days come from the Calendar module's own data
/// (<c>/api/v1/calendar/days</c>), not from dates written for one year: a Saturday, a Tết day, and a Saturday worked by a swap,
/// which is a working day and must stay.
/// </summary>
public abstract class DayOffDeadlineTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(KyCuongFactory.DefaultNow.Date);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Day(DateOnly Date, bool IsWorkingDay, string? Reason);

    private async Task<List<Day>> DaysAsync(DateOnly from, DateOnly to)
    {
        using var admin = await app.ClientForAsync("admin");
        var days = await (await admin.GetAsync($"/api/v1/calendar/days?from={Iso(from)}&to={Iso(to)}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        return days.EnumerateArray().Select(d => new Day(DateOnly.Parse(d.GetProperty("date").GetString()!, CultureInfo.InvariantCulture),
            d.GetProperty("isWorkingDay").GetBoolean(), d.GetProperty("reason").GetString())).ToList();
    }

    /// <summary>The first working day on or after <paramref name="date"/>, from the calendar's list.</summary>
    private static DateOnly NextWorkingDay(List<Day> days, DateOnly date) => days.First(d => d.Date >= date && d.IsWorkingDay).Date;

    private async Task<JsonElement> CreateAsync(string userName, DateOnly due, string title)
    {
        using var client = await app.ClientForAsync(userName);
        var lead = await app.UnitIdAsync(Snv);
        return await (await client.PostAsJsonAsync("/api/v1/tasks", new { title, leadUnitId = lead, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = Iso(due) }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Create_OnASaturdayAndOnATetDay_MovesToTheNextWorkingDay_AndAnswersTheRequestedDate()
    {
        var days = await DaysAsync(Today.AddDays(1), Today.AddDays(365));
        var saturday = days.First(d => d.Date >= Today.AddDays(7) && d.Date.DayOfWeek == DayOfWeek.Saturday && d.Reason == "weekend").Date;
        var tet = days.First(d => d.Reason == "holiday:Tết Nguyên đán" && d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Date;
        var working = days.First(d => d.Date >= Today.AddDays(7) && d.IsWorkingDay).Date;

        foreach (var (asked, what) in new[] { (saturday, "thứ Bảy"), (tet, "ngày Tết") })
        {
            var expected = NextWorkingDay(days, asked);
            expected.ShouldNotBe(asked);
            var created = await CreateAsync("chutich", asked, $"Báo cáo hạn vào {what}");
            created.GetProperty("dueDate").GetString().ShouldBe(Iso(expected), what);
            created.GetProperty("requestedDueDate").GetString().ShouldBe(Iso(asked), what);

            using var chutich = await app.ClientForAsync("chutich");
            var task = await (await chutich.GetAsync($"/api/v1/tasks/{created.GetProperty("id").GetGuid()}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            task.GetProperty("dueDate").GetString().ShouldBe(Iso(expected), what);
        }

        var unchanged = await CreateAsync("chutich", working, "Báo cáo hạn vào ngày làm việc");
        unchanged.GetProperty("dueDate").GetString().ShouldBe(Iso(working));
        unchanged.GetProperty("requestedDueDate").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Create_OnASaturdayWorkedBySwap_StaysOnThatSaturday()
    {
        // The latest Saturday the calendar's decisions made a working day (a swap), on or before today; the clock is set to the
        // Monday of that week so that the date is still ahead.
        var worked = (await DaysAsync(Today.AddDays(-365), Today)).Last(d => d.Reason == "swappedWorking").Date;
        worked.DayOfWeek.ShouldBe(DayOfWeek.Saturday);
        try
        {
            var monday = worked.AddDays(-5);
            await SetClockAsync(new DateTimeOffset(monday.Year, monday.Month, monday.Day, 9, 0, 0, TimeSpan.FromHours(7)));
            var created = await CreateAsync("chutich", worked, "Báo cáo hạn vào thứ Bảy làm bù");
            created.GetProperty("dueDate").GetString().ShouldBe(Iso(worked));
            created.GetProperty("requestedDueDate").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        finally
        {
            await SetClockAsync(KyCuongFactory.DefaultNow);
        }
    }

    [Fact]
    public async Task HandOffStep_AndApprovedExtension_OnADayOff_MoveToTheNextWorkingDay()
    {
        var days = await DaysAsync(Today.AddDays(1), Today.AddDays(365));
        var due = days.First(d => d.Date >= Today.AddDays(60) && d.IsWorkingDay).Date;
        var created = await CreateAsync("chutich", due, "Tham mưu kế hoạch cải cách hành chính");
        var id = created.GetProperty("id").GetGuid();

        // The director hands the step on with a Sunday as the step's deadline.
        var sunday = days.First(d => d.Date >= Today.AddDays(7) && d.Date.DayOfWeek == DayOfWeek.Sunday && !d.IsWorkingDay).Date;
        using var director = await app.ClientForAsync("giamdoc.snv");
        using var head = await app.ClientForAsync("truongphong.cchc");
        var headId = (await head.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();
        await (await director.PostAsJsonAsync($"/api/v1/tasks/{id}/handoffs", new { toUserId = headId, stepDueDate = Iso(sunday) }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var task = await (await director.GetAsync($"/api/v1/tasks/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        task.GetProperty("handoffs").EnumerateArray().Last().GetProperty("stepDueDate").GetString().ShouldBe(Iso(NextWorkingDay(days, sunday)));

        // An extension asked to a day off: the approved deadline is the next working day.
        var offAfterDue = days.First(d => d.Date > due.AddDays(7) && !d.IsWorkingDay).Date;
        var extension = await (await head.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions", new { reason = "Chờ số liệu của các sở", newDueDate = Iso(offAfterDue) }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        using var chutich = await app.ClientForAsync("chutich");
        var decided = await (await chutich.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions/{extension.GetProperty("id").GetGuid()}/decision", new { approve = true, note = "Đồng ý" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        decided.GetProperty("taskDueDate").GetString().ShouldBe(Iso(NextWorkingDay(days, offAfterDue)));
        decided.GetProperty("requestedDueDate").GetString().ShouldBe(Iso(offAfterDue));
    }

    [Fact]
    public async Task Direction_OnATetDay_TheTaskIsDueTheNextWorkingDay()
    {
        var days = await DaysAsync(Today.AddDays(1), Today.AddDays(365));
        var tet = days.First(d => d.Reason == "holiday:Tết Nguyên đán" && d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Date;
        using var clerk = await app.ClientForAsync("vanthu");
        var unique = string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26))));
        var registered = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Bộ Nội vụ", numberSymbol = $"{Random.Shared.Next(100, 9999)}/BNV-{unique}", date = Iso(Today.AddDays(-3)), type = "Công văn",
            subject = "Về việc báo cáo trước Tết", urgency = (string?)null, text = (string?)null,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var snv = await app.UnitIdAsync(Snv);
        using var chairman = await app.ClientForAsync("chutich");
        var directed = await (await chairman.PostAsJsonAsync($"/api/v1/documents/{registered.GetProperty("id").GetString()}/direction", new { leadUnitId = snv, dueDate = Iso(tet) }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var task = directed.GetProperty("tasks")[0];
        task.GetProperty("dueDate").GetString().ShouldBe(Iso(NextWorkingDay(days, tet)));
        task.GetProperty("requestedDueDate").GetString().ShouldBe(Iso(tet));
    }
}

[Collection("sqlite")]
public sealed class SqliteDayOffDeadlineTests(SqliteApp app) : DayOffDeadlineTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresDayOffDeadlineTests(PostgresApp app) : DayOffDeadlineTests<PostgresApp>(app), IClassFixture<PostgresApp>;
