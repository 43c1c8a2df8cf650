using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.OneStop;

/// <summary>
/// The 766 service index of Sở Tư pháp through real HTTP (docs/domain.md "Procedures: simplification plans and the 766 index"), on SQLite
/// and on PostgreSQL, against figures computed by hand. The demo seeds no procedure, dossier or rating for this body.
/// The feedback test moves the clock to March 2026 and back; the other test's figures end on 3 February.
/// </summary>
public abstract class ServiceIndexTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Leader = "giamdoc.stp";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string url, object? body = null)
    {
        using var client = await App.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request, Ct);
    }

    private async Task ProcedureAsync(string code, string? publishedOn)
    {
        object body = publishedOn is null
            ? new { code, name = "Thủ tục " + code, bodyUnitId = await App.UnitIdAsync(Stp), timeLimitWorkingDays = 5 }
            : new
            {
                code, name = "Thủ tục " + code, bodyUnitId = await App.UnitIdAsync(Stp), sequence = "Bước 1; Bước 2.", method = "Trực tiếp.", dossier = "Tờ khai.",
                timeLimitWorkingDays = 5, subjects = "Công dân", agency = Stp, result = "Văn bản", fees = "Không", legalBasis = "Luật Lý lịch tư pháp 2009",
                status = "published", publishedOn,
            };
        await (await SendAsync(Leader, HttpMethod.Post, "/api/v1/procedures", body)).ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    private async Task DossierAsync(string receivedAt, int days, string returnedAt)
    {
        var created = await (await SendAsync(Leader, HttpMethod.Post, "/api/v1/one-stop/dossiers", new
        {
            code = "000.00.40.H01-" + Guid.NewGuid().ToString("N")[..10], procedureCode = "TP.A", timeLimitWorkingDays = days, receivedAt,
            receivingUnitId = await App.UnitIdAsync(Stp),
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await SendAsync(Leader, HttpMethod.Post, $"/api/v1/one-stop/dossiers/{created.GetProperty("id").GetGuid()}/result", new { returnedAt }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static JsonElement Group(JsonElement groups, string key) => groups.EnumerateArray().Single(g => g.GetProperty("key").GetString() == key);

    [Fact]
    public async Task Index_HandComputed_ByGroupAndMonth_UnmeasuredGroupsNeverScored_OthersGet404()
    {
        // Listed today (3 Feb 2026) unless published earlier: TP.D published 15 Dec 2025, TP.A 10 Jan, TP.B 20 Jan; TP.C a draft.
        await ProcedureAsync("TP.D", "2025-12-15");
        await ProcedureAsync("TP.A", "2026-01-10");
        await ProcedureAsync("TP.B", "2026-01-20");
        await ProcedureAsync("TP.C", null);
        // Mon 5 Jan + 2 working days → Wed 7 Jan: returned 6 Jan on time, 9 Jan late; Mon 12 Jan + 5 → Mon 19 Jan, returned that day on time;
        // Mon 2 Feb + 1 → Tue 3 Feb, returned that day on time.
        await DossierAsync("2026-01-05T08:00:00+07:00", 2, "2026-01-06T15:00:00+07:00");
        await DossierAsync("2026-01-05T09:00:00+07:00", 2, "2026-01-09T15:00:00+07:00");
        await DossierAsync("2026-01-12T08:00:00+07:00", 5, "2026-01-19T15:00:00+07:00");
        await DossierAsync("2026-02-02T08:00:00+07:00", 1, "2026-02-03T08:30:00+07:00");

        var stp = await App.UnitIdAsync(Stp);
        var index = await (await SendAsync(Leader, HttpMethod.Get, $"/api/v1/units/{stp}/service-index?from=2025-12-01&to=2026-02-03")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var groups = index.GetProperty("groups");
        // Publicity as of 3 Feb: 3 published of 4 listed = 0.75 × 18 = 13.5. Progress: 3 on time of 4 returned = 0.75 × 20 = 15.
        Group(groups, "publicity").GetProperty("score").GetDouble().ShouldBe(13.5);
        Group(groups, "publicity").GetProperty("of").GetInt64().ShouldBe(4);
        Group(groups, "progress").GetProperty("score").GetDouble().ShouldBe(15);
        Group(groups, "progress").GetProperty("rate").GetDouble().ShouldBe(0.75);
        // Not recorded, or nothing rated: not measured, never a guessed score.
        foreach (var key in new[] { "digitisation", "online", "satisfaction" })
        {
            Group(groups, key).GetProperty("measured").GetBoolean().ShouldBeFalse(key);
            Group(groups, key).GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        Group(groups, "digitisation").GetProperty("max").GetDouble().ShouldBe(22);
        index.GetProperty("score").GetDouble().ShouldBe(28.5);
        index.GetProperty("measuredMax").GetDouble().ShouldBe(38);
        index.GetProperty("max").GetDouble().ShouldBe(100);

        // By month. December: TP.D alone listed and published (18), no dossier returned. January: 3 of 3 published as of 31 Jan (18);
        // 2 of 3 on time = 13.33. February (1–3): 13.5 + 20.
        var months = index.GetProperty("months").EnumerateArray().ToList();
        months.Select(m => m.GetProperty("month").GetString()).ShouldBe(["2025-12", "2026-01", "2026-02"]);
        months[0].GetProperty("score").GetDouble().ShouldBe(18);
        months[0].GetProperty("measuredMax").GetDouble().ShouldBe(18);
        Group(months[0].GetProperty("groups"), "progress").GetProperty("measured").GetBoolean().ShouldBeFalse();
        Group(months[1].GetProperty("groups"), "progress").GetProperty("score").GetDouble().ShouldBe(13.33);
        months[1].GetProperty("score").GetDouble().ShouldBe(31.33);
        months[2].GetProperty("score").GetDouble().ShouldBe(33.5);

        // Another department sees nothing; a reversed period is 400.
        await (await SendAsync("giamdoc.sct", HttpMethod.Get, $"/api/v1/units/{stp}/service-index")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await SendAsync(Leader, HttpMethod.Get, $"/api/v1/units/{stp}/service-index?from=2026-02-01&to=2026-01-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        // The province sees its departments' figures summed.
        var province = await (await SendAsync("chutich", HttpMethod.Get, $"/api/v1/units/{await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang")}/service-index?from=2026-01-01&to=2026-01-31"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        Group(province.GetProperty("groups"), "progress").GetProperty("of").GetInt64().ShouldBeGreaterThanOrEqualTo(3);
    }

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await App.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    private static DateTimeOffset Vn(int y, int m, int d, int h = 9) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(7));

    /// <summary>An item about Sở Tư pháp, routed to it on the current day with this handling period; returns its id and tracking code.</summary>
    private async Task<(Guid Id, string Code, string DueDate)> RoutedFeedbackAsync(int workingDays)
    {
        using var anon = App.Anonymous();
        var code = (await (await anon.PostAsJsonAsync("/api/v1/public/feedback", new
        {
            kind = "recommendation", subject = "Thời gian cấp phiếu lý lịch tư pháp", content = "Đề nghị rút ngắn thời gian cấp phiếu lý lịch tư pháp.",
            submitter = new { name = "Trần Văn Bình" }, about = new { unitId = await App.UnitIdAsync(Stp) },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("trackingCode").GetString()!;
        using var clerk = await App.ClientForAsync("vanthu");
        var id = (await clerk.AllItemsAsync("/api/v1/feedback", Ct)).Single(i => i.GetProperty("trackingCode").GetString() == code).GetProperty("id").GetGuid();
        var routed = await (await SendAsync("vanthu", HttpMethod.Post, $"/api/v1/feedback/{id}/route", new { unitId = await App.UnitIdAsync(Stp), workingDays }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        return (id, code, routed.GetProperty("dueDate").GetString()!);
    }

    private async Task AnswerAsync(Guid id) =>
        (await SendAsync(Leader, HttpMethod.Post, $"/api/v1/feedback/{id}/answer", new { answer = "Sở đã rà soát quy trình, rút ngắn còn 7 ngày làm việc." })).StatusCode.ShouldBe(HttpStatusCode.OK);

    private async Task PublishAndRateAsync(Guid id, string code, int stars)
    {
        (await SendAsync("vanthu", HttpMethod.Post, $"/api/v1/feedback/{id}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var anon = App.Anonymous();
        (await anon.PostAsJsonAsync($"/api/v1/public/feedback/{code}/rating", new { stars }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Satisfaction_MeanOfRatingsAndFeedbackAnsweredOnTime_HandComputed()
    {
        try
        {
            // Mon 2 Mar 2026: three items routed to Sở Tư pháp, two due Tue 3 Mar (1 working day), one due Mon 9 Mar (5 working days).
            await SetClockAsync(Vn(2026, 3, 2));
            var a = await RoutedFeedbackAsync(1);
            var b = await RoutedFeedbackAsync(1);
            var c = await RoutedFeedbackAsync(5);
            a.DueDate.ShouldBe("2026-03-03");
            b.DueDate.ShouldBe("2026-03-03");
            c.DueDate.ShouldBe("2026-03-09");

            // Before any answer the criterion has nothing to divide: the group is not measured.
            var stp = await App.UnitIdAsync(Stp);
            var none = await (await SendAsync(Leader, HttpMethod.Get, $"/api/v1/units/{stp}/service-index?from=2026-03-01&to=2026-03-31")).ShouldBeJsonAsync(HttpStatusCode.OK);
            Group(none.GetProperty("groups"), "satisfaction").GetProperty("measured").GetBoolean().ShouldBeFalse();

            // Tue 3 Mar: a answered on its due day (on time). Wed 4 Mar: b answered a day late, c five days early.
            await SetClockAsync(Vn(2026, 3, 3, 16));
            await AnswerAsync(a.Id);
            await SetClockAsync(Vn(2026, 3, 4));
            await AnswerAsync(b.Id);
            await AnswerAsync(c.Id);
            // Ratings of the published answers: 5 stars (satisfied, ≥ 4) and 2 stars (not).
            await PublishAndRateAsync(a.Id, a.Code, 5);
            await PublishAndRateAsync(b.Id, b.Code, 2);

            var index = await (await SendAsync(Leader, HttpMethod.Get, $"/api/v1/units/{stp}/service-index?from=2026-03-01&to=2026-03-31")).ShouldBeJsonAsync(HttpStatusCode.OK);
            var satisfaction = Group(index.GetProperty("groups"), "satisfaction");
            var criteria = satisfaction.GetProperty("criteria").EnumerateArray().ToDictionary(x => x.GetProperty("key").GetString()!);
            // Answered on time: 2 of 3 = 0.6667; ratings: 1 of 2 = 0.5; group rate (2/3 + 1/2) / 2 = 7/12 = 0.5833; points 18 × 7/12 = 10.5.
            criteria["satisfaction.feedbackOnTime"].GetProperty("achieved").GetInt64().ShouldBe(2);
            criteria["satisfaction.feedbackOnTime"].GetProperty("of").GetInt64().ShouldBe(3);
            criteria["satisfaction.feedbackOnTime"].GetProperty("rate").GetDouble().ShouldBe(0.6667);
            criteria["satisfaction.ratings"].GetProperty("achieved").GetInt64().ShouldBe(1);
            criteria["satisfaction.ratings"].GetProperty("of").GetInt64().ShouldBe(2);
            satisfaction.GetProperty("measured").GetBoolean().ShouldBeTrue();
            satisfaction.GetProperty("rate").GetDouble().ShouldBe(0.5833);
            satisfaction.GetProperty("score").GetDouble().ShouldBe(10.5);

            // Only the answers of 3 March: one answered, on its due day; the rating criterion has nothing to divide, so the group is that
            // criterion alone: 18 × 1 = 18.
            var third = await (await SendAsync(Leader, HttpMethod.Get, $"/api/v1/units/{stp}/service-index?from=2026-03-03&to=2026-03-03")).ShouldBeJsonAsync(HttpStatusCode.OK);
            var thirdGroup = Group(third.GetProperty("groups"), "satisfaction");
            thirdGroup.GetProperty("score").GetDouble().ShouldBe(18);
            thirdGroup.GetProperty("criteria").EnumerateArray().Single(x => x.GetProperty("key").GetString() == "satisfaction.ratings")
                .GetProperty("measured").GetBoolean().ShouldBeFalse();

            // Another department's leader sees none of it.
            await (await SendAsync("giamdoc.sct", HttpMethod.Get, $"/api/v1/units/{stp}/service-index?from=2026-03-01&to=2026-03-31")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
        finally
        {
            await SetClockAsync(KyCuongFactory.DefaultNow);
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteServiceIndexTests(SqliteApp app) : ServiceIndexTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresServiceIndexTests(PostgresApp app) : ServiceIndexTests<PostgresApp>(app), IClassFixture<PostgresApp>;
