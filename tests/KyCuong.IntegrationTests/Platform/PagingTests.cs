using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>
/// One paging convention for every list (docs/api.md "Paging everywhere"): the served OpenAPI document is searched for list
/// operations, and every one is paged — <c>page</c> and <c>pageSize</c> parameters and the <c>{"items","page","pageSize","total"}</c>
/// envelope, or, where the public contract fixes a bare array, the same parameters and the total in <c>X-Total-Count</c>. Each
/// list is then walked page by page on the demo world: pages do not overlap, add up to the total, a page past the end is empty,
/// and a page or page size out of range is a 400 naming the field.
/// </summary>
public abstract class PagingTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The lists that answer without paging, each bounded by its input or by law, with the reason. Nothing else may answer an
    /// unbounded array.
    /// </summary>
    private static readonly Dictionary<string, string> BoundedWithoutPaging = new(StringComparer.Ordinal)
    {
        // The contract fixes the shape; from–to is limited to 366 days (ListDaysEndpoint.MaxDays), so at most 366 rows.
        ["GET /api/v1/calendar/days"] = "bounded by its date range",
        // The holidays of Bộ luật Lao động 2019 art. 112 and the government's yearly swaps: a few dozen rules.
        ["GET /api/v1/calendar/rules"] = "the law's holiday rules",
    };

    [Fact]
    public async Task EveryListOperation_IsPaged()
    {
        using var client = app.Anonymous();
        var doc = await (await client.GetAsync("/openapi/v1.json", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        var unpaged = new List<string>();
        var lists = 0;
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get)
                || !get.GetProperty("responses").TryGetProperty("200", out var ok)
                || !ok.TryGetProperty("content", out var content)
                || !content.TryGetProperty("application/json", out var json))
            {
                continue;
            }

            var name = $"GET {path.Name}";
            var schema = Resolve(json.GetProperty("schema"), schemas);
            var parameters = get.TryGetProperty("parameters", out var p)
                ? p.EnumerateArray().Where(x => x.GetProperty("in").GetString() == "query").Select(x => x.GetProperty("name").GetString()).ToHashSet()
                : [];
            var paged = parameters.Contains("page") && parameters.Contains("pageSize");
            if (IsArray(schema))
            {
                lists++;
                var headers = ok.TryGetProperty("headers", out var h) && h.TryGetProperty("X-Total-Count", out _);
                if (!(paged && headers) && !BoundedWithoutPaging.ContainsKey(name))
                {
                    unpaged.Add($"{name} answers a bare array without page, pageSize and X-Total-Count");
                }
            }
            else if (schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty("items", out var items)
                && IsArray(Resolve(items, schemas)) && properties.TryGetProperty("total", out _))
            {
                lists++;
                if (!(paged && properties.TryGetProperty("page", out _) && properties.TryGetProperty("pageSize", out _)) && !BoundedWithoutPaging.ContainsKey(name))
                {
                    unpaged.Add($"{name} answers items and total without page and pageSize");
                }
            }
        }

        lists.ShouldBeGreaterThan(15);
        unpaged.ShouldBeEmpty();
    }

    [Fact]
    public void BoundedWithoutPaging_NamesNoneOfThePagedLists()
    {
        string[] paged =
        [
            "/api/v1/units", "/api/v1/delegations", "/api/v1/competence/matters", "/api/v1/competence/entries", "/api/v1/consultations/warning-counts",
            "/api/v1/feedback", "/api/v1/public/answers", "/api/v1/inspections/risk-ranking", "/api/v1/report-regimes",
        ];
        paged.Where(p => BoundedWithoutPaging.ContainsKey("GET " + p)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("chuyenvien", "/api/v1/units", true)]
    [InlineData("truongphong.cchc", "/api/v1/delegations", false)]
    [InlineData("chuyenvien", "/api/v1/competence/matters", false)]
    [InlineData("chuyenvien", "/api/v1/competence/entries", false)]
    [InlineData("chutich", "/api/v1/consultations/warning-counts", false)]
    [InlineData("vanthu", "/api/v1/feedback", false)]
    [InlineData("", "/api/v1/public/answers", false)]
    [InlineData("chutich", "/api/v1/inspections/risk-ranking?unitId={province}", true)]
    [InlineData("chutich", "/api/v1/report-regimes", false)]
    public async Task List_PagesAddUpToTheTotal_AndRefusesOutOfRangePages(string user, string template, bool bareArray)
    {
        using var client = user.Length == 0 ? app.Anonymous() : await app.ClientForAsync(user);
        var url = template.Replace("{province}", (await app.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang")).ToString(), StringComparison.Ordinal);
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        await EnsureRowsAsync(template);

        var (first, total) = await PageAsync(client, $"{url}{separator}page=1&pageSize=2", bareArray);
        total.ShouldBeGreaterThan(1, $"{url}: the demo world has at least two rows, so the walk crosses a page boundary");
        first.Count.ShouldBe(2);

        // Walk it two by two: no row twice, none missed, the last page short or full, then an empty page.
        var seen = new List<string>();
        var pages = (total + 1) / 2;
        for (var page = 1; page <= pages; page++)
        {
            var (rows, pageTotal) = await PageAsync(client, $"{url}{separator}page={page}&pageSize=2", bareArray);
            pageTotal.ShouldBe(total);
            rows.Count.ShouldBe(page < pages ? 2 : total - (2 * (pages - 1)), $"{url} page {page}");
            seen.AddRange(rows);
        }

        seen.Distinct().Count().ShouldBe(total, $"{url}: pages overlap or skip rows");
        var (past, pastTotal) = await PageAsync(client, $"{url}{separator}page={pages + 1}&pageSize=2", bareArray);
        past.ShouldBeEmpty();
        pastTotal.ShouldBe(total);
        (await PageAsync(client, $"{url}{separator}page={int.MaxValue}&pageSize=100", bareArray)).Rows.ShouldBeEmpty();

        // The default page: the whole list when it fits.
        var (defaults, _) = await PageAsync(client, url, bareArray);
        defaults.Count.ShouldBe(Math.Min(total, bareArray ? 500 : 20));

        var max = bareArray ? 500 : 100;
        foreach (var (query, field) in new[] { ("page=0", "page"), ("page=-3", "page"), ("pageSize=0", "pageSize"), ($"pageSize={max + 1}", "pageSize") })
        {
            var problem = await (await client.GetAsync($"{url}{separator}{query}", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"{url}?{query}");
        }

        (await client.GetAsync($"{url}{separator}page=abc", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task BareArray_LinksTheNextPage_UntilTheLast()
    {
        using var client = await app.ClientForAsync("chuyenvien");
        var response = await client.GetAsync("/api/v1/units?pageSize=3", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.GetValues("Link").Single().ShouldBe("</api/v1/units?page=2&pageSize=3>; rel=\"next\"");

        // Following the links reads the whole directory, in the order of one big page.
        var all = (await client.GetFromJsonAsync<JsonElement>("/api/v1/units?pageSize=500", Ct)).EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).ToList();
        all.Count.ShouldBe(total);
        var followed = new List<Guid>();
        string? next = "/api/v1/units?pageSize=3";
        while (next is not null)
        {
            var page = await client.GetAsync(next, Ct);
            followed.AddRange((await page.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(u => u.GetProperty("id").GetGuid()));
            next = page.Headers.TryGetValues("Link", out var links) ? links.Single()[1..links.Single().IndexOf('>', StringComparison.Ordinal)] : null;
        }

        followed.ShouldBe(all);
    }

    /// <summary>
    /// Three rows at least in the lists the test world starts empty (it has the organisation and the catalogues, not the demo's
    /// weeks of activity), made through the API as a user would; the walk then crosses page boundaries of two.
    /// </summary>
    private async Task EnsureRowsAsync(string template)
    {
        const string Sct = "Sở Công Thương tỉnh An Giang";
        switch (template)
        {
            case "/api/v1/delegations":
            {
                using var grantor = await app.ClientForAsync("truongphong.cchc");
                var me = await grantor.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);
                var unit = me.GetProperty("grants").EnumerateArray().First(g => !g.GetProperty("viaDelegation").GetBoolean()).GetProperty("unitId").GetGuid();
                using var grantee = await app.ClientForAsync("chuyenvien");
                var granteeId = (await grantee.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();
                for (var day = 10; day < 13; day++)
                {
                    await (await grantor.PostAsJsonAsync("/api/v1/delegations", new
                    {
                        granteeUserId = granteeId, unitId = unit, scope = new[] { "assignWork" }, validFrom = $"2026-03-{day}", validTo = $"2026-03-{day + 2}",
                        reason = "Trưởng phòng đi công tác",
                    }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
                }

                break;
            }

            case "/api/v1/consultations/warning-counts":
                foreach (var (user, unit, consulted) in new[] { ("giamdoc.snv", "Sở Nội vụ tỉnh An Giang", Sct), ("giamdoc.sct", Sct, "Sở Tư pháp tỉnh An Giang"), ("giamdoc.stp", "Sở Tư pháp tỉnh An Giang", Sct) })
                {
                    using var requester = await app.ClientForAsync(user);
                    await (await requester.PostAsJsonAsync("/api/v1/consultations", new
                    {
                        subject = "Dự thảo Quy chế phối hợp", proposal = "Ban hành Quy chế phối hợp theo Công điện 968/CĐ-TTg.",
                        requesterUnitId = await app.UnitIdAsync(unit), consultedUnitIds = new[] { await app.UnitIdAsync(consulted) }, workingDays = 5,
                    }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
                }

                break;
            case "/api/v1/feedback":
            case "/api/v1/public/answers":
                using (var clerk = await app.ClientForAsync("vanthu"))
                using (var director = await app.ClientForAsync("giamdoc.sct"))
                {
                    var sct = await app.UnitIdAsync(Sct);
                    for (var i = 1; i <= 3; i++)
                    {
                        using var anon = app.Anonymous();
                        var code = (await (await anon.PostAsJsonAsync("/api/v1/public/feedback", new
                        {
                            kind = "reflection", subject = $"Chậm trả kết quả hồ sơ số {i}", content = "Hồ sơ nộp ngày 02/02/2026 đến nay chưa có kết quả.",
                            submitter = new { name = "Lương Thị Xuyến" }, about = new { unitId = sct },
                        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("trackingCode").GetString();
                        if (template == "/api/v1/feedback")
                        {
                            continue;
                        }

                        var id = (await clerk.AllItemsAsync("/api/v1/feedback", Ct)).Single(f => f.GetProperty("trackingCode").GetString() == code).GetProperty("id").GetGuid();
                        (await clerk.PostAsJsonAsync($"/api/v1/feedback/{id}/route", new { unitId = sct }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
                        (await director.PostAsJsonAsync($"/api/v1/feedback/{id}/answer", new { answer = $"Sở đã trả kết quả hồ sơ số {i}." }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
                        (await clerk.PostAsync($"/api/v1/feedback/{id}/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
                    }
                }

                break;
        }
    }

    private static async Task<(List<string> Rows, int Total)> PageAsync(HttpClient client, string url, bool bareArray)
    {
        var response = await client.GetAsync(url, Ct);
        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        if (bareArray)
        {
            var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
            return (body.EnumerateArray().Select(r => r.GetRawText()).ToList(), total);
        }

        body.GetProperty("page").GetInt32().ShouldBeGreaterThan(0);
        return (body.GetProperty("items").EnumerateArray().Select(r => r.GetRawText()).ToList(), body.GetProperty("total").GetInt32());
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }

    private static bool IsArray(JsonElement schema) => schema.TryGetProperty("type", out var type)
        && (type.ValueKind == JsonValueKind.String ? type.GetString() == "array" : type.EnumerateArray().Any(t => t.GetString() == "array"));
}

[Collection("sqlite")]
public sealed class SqlitePagingTests(SqliteApp app) : PagingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresPagingTests(PostgresApp app) : PagingTests<PostgresApp>(app), IClassFixture<PostgresApp>;
