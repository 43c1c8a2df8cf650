using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Evaluation;

/// <summary>
/// docs/domain.md "Evaluation: viên chức" (Nghị định 233/2026/NĐ-CP): the personnel office records a person as viên chức with the day they
/// started; one who worked fewer than six months in the year is not graded for it ("không xếp loại", with the reason), exactly six months
/// is graded, and a công chức with the same dates is graded as before. Only the personnel office records; strangers get 404.
/// </summary>
public abstract class StaffCategoryTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string url, object? body = null)
    {
        using var client = await App.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task PublicEmployee_FewerThanSixMonths_NotGraded_SixMonthsGraded_CivilServantUnchanged()
    {
        var (unitId, _, cvId, cv, tp) = await NewUnitAsync(Snv);
        var url = $"/api/v1/users/{cvId}/staff-record";
        try
        {
            var initial = await (await SendAsync(cv, HttpMethod.Get, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
            initial.GetProperty("category").GetString().ShouldBe("civilServant");
            initial.GetProperty("source").GetString().ShouldBe("body");

            // Only the personnel office records: not the person, not the manager; strangers do not see the person at all.
            var record = new { category = "publicEmployee", startedOn = "2026-07-02" };
            await (await SendAsync(cv, HttpMethod.Put, url, record)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await SendAsync(tp, HttpMethod.Put, url, record)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await SendAsync("giamdoc.sct", HttpMethod.Get, url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await SendAsync("giamdoc.sct", HttpMethod.Put, url, record)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            var bad = await (await SendAsync("theodoi", HttpMethod.Put, url, new { category = "worker", startedOn = "2026-07-02", leftOn = "2026-07-01" }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            bad.GetProperty("errors").TryGetProperty("category", out _).ShouldBeTrue();
            bad.GetProperty("errors").TryGetProperty("leftOn", out _).ShouldBeTrue();
            (await (await SendAsync(cv, HttpMethod.Get, url)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("source").GetString().ShouldBe("body");
            var saved = await (await SendAsync("theodoi", HttpMethod.Put, url, record)).ShouldBeJsonAsync(HttpStatusCode.OK);
            saved.GetProperty("category").GetString().ShouldBe("publicEmployee");
            saved.GetProperty("startedOn").GetString().ShouldBe("2026-07-02");
            saved.GetProperty("source").GetString().ShouldBe("recorded");

            // One task on time and met in Q3 (70 points) and 25 general points: 95 for the quarter and for the year.
            await SetClockAsync(Vn(2026, 8, 3));
            var task = await CreateTaskAsync(tp, unitId, cvId, "2026-08-14", "Rà soát hồ sơ viên chức");
            await SetClockAsync(Vn(2026, 8, 10));
            await (await SendAsync(cv, HttpMethod.Post, $"/api/v1/tasks/{task}/complete", new { result = "Đã rà soát." })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(tp, HttpMethod.Post, $"/api/v1/tasks/{task}/review", new { quality = "met" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(tp, HttpMethod.Put, $"/api/v1/users/{cvId}/evaluation/2026-Q3/general", new { points = 25 })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await SetClockAsync(Vn(2026, 10, 2));

            // Started 2/7: 2/7–31/12 is one day short of six months → not graded for 2026, with the reason; the quarter is graded as usual.
            var year = await (await SendAsync(cv, HttpMethod.Get, $"/api/v1/users/{cvId}/evaluation?period=2026")).ShouldBeJsonAsync(HttpStatusCode.OK);
            year.GetProperty("total").GetDecimal().ShouldBe(95m);
            year.GetProperty("staffCategory").GetString().ShouldBe("publicEmployee");
            year.GetProperty("grade").ValueKind.ShouldBe(JsonValueKind.Null);
            year.GetProperty("notGradedReason").GetString()!.ShouldContain("dưới 6 tháng");
            var q3 = await (await SendAsync(cv, HttpMethod.Get, $"/api/v1/users/{cvId}/evaluation?period=2026-Q3")).ShouldBeJsonAsync(HttpStatusCode.OK);
            q3.GetProperty("grade").GetString().ShouldBe("excellent");

            // Started 1/7: exactly six months → graded.
            await (await SendAsync("theodoi", HttpMethod.Put, url, new { category = "publicEmployee", startedOn = "2026-07-01" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            year = await (await SendAsync(cv, HttpMethod.Get, $"/api/v1/users/{cvId}/evaluation?period=2026")).ShouldBeJsonAsync(HttpStatusCode.OK);
            year.GetProperty("grade").GetString().ShouldBe("excellent");
            year.GetProperty("notGradedReason").ValueKind.ShouldBe(JsonValueKind.Null);

            // A công chức with the 2/7 start is graded: the rule is Nghị định 233/2026's, for viên chức only.
            await (await SendAsync("theodoi", HttpMethod.Put, url, new { category = "civilServant", startedOn = "2026-07-02" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            year = await (await SendAsync(tp, HttpMethod.Get, $"/api/v1/users/{cvId}/evaluation?period=2026")).ShouldBeJsonAsync(HttpStatusCode.OK);
            year.GetProperty("staffCategory").GetString().ShouldBe("civilServant");
            year.GetProperty("grade").GetString().ShouldBe("excellent");
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task UnitList_ByName_PagedRecordedAndDerived_EditableByThePersonnelOfficeOnly_InvisibleToOthers()
    {
        var (unitId, leaderId, cvId, cv, tp) = await NewUnitAsync(Snv);
        var url = $"/api/v1/units/{unitId}/staff-records";
        await (await SendAsync("theodoi", HttpMethod.Put, $"/api/v1/users/{cvId}/staff-record", new { category = "publicEmployee", startedOn = "2026-01-05" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        // The personnel office: both people, by name ("Chuyên viên thử" before "Trưởng phòng thử"), the recorded one and the derived one.
        var office = await (await SendAsync("theodoi", HttpMethod.Get, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
        office.GetProperty("canEdit").GetBoolean().ShouldBeTrue();
        office.GetProperty("total").GetInt32().ShouldBe(2);
        var items = office.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("userId").GetGuid()).ShouldBe([cvId, leaderId]);
        items[0].GetProperty("category").GetString().ShouldBe("publicEmployee");
        items[0].GetProperty("startedOn").GetString().ShouldBe("2026-01-05");
        items[0].GetProperty("source").GetString().ShouldBe("recorded");
        items[1].GetProperty("category").GetString().ShouldBe("civilServant");
        items[1].GetProperty("source").GetString().ShouldBe("body");
        items.ShouldAllBe(i => i.GetProperty("canEdit").GetBoolean());

        // Paged: one per page, the second page holds the other, a page past the end is empty; a bad page is a 400.
        var second = await (await SendAsync("theodoi", HttpMethod.Get, $"{url}?page=2&pageSize=1")).ShouldBeJsonAsync(HttpStatusCode.OK);
        second.GetProperty("items").EnumerateArray().Single().GetProperty("userId").GetGuid().ShouldBe(leaderId);
        (await (await SendAsync("theodoi", HttpMethod.Get, $"{url}?page=3&pageSize=1")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await (await SendAsync("theodoi", HttpMethod.Get, $"{url}?page=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("page", out _)
            .ShouldBeTrue();

        // The unit's head reads the list but may edit nothing; the specialist and other bodies see nothing.
        var head = await (await SendAsync(tp, HttpMethod.Get, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
        head.GetProperty("canEdit").GetBoolean().ShouldBeFalse();
        head.GetProperty("items").EnumerateArray().ShouldAllBe(i => !i.GetProperty("canEdit").GetBoolean());
        foreach (var stranger in new[] { cv, "giamdoc.sct", "chuyenvien" })
        {
            await (await SendAsync(stranger, HttpMethod.Get, url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task UnitList_ReadsThePage_InAFixedNumberOfQueries_WhateverThePageSize()
    {
        var (unitId, _, _, _, _) = await NewUnitAsync(Snv);
        using (var admin = await App.ClientForAsync("admin"))
        {
            for (var i = 1; i <= 4; i++)
            {
                await (await admin.PostAsJsonAsync("/api/v1/users", new
                {
                    userName = $"cvthem{i}.{Guid.NewGuid().ToString("N")[..8]}", fullName = $"Chuyên viên thêm {i}", password = AppFixture.DemoPassword, unitId,
                    position = "Chuyên viên", roles = new[] { "specialist" },
                }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
            }
        }

        // A second host on the same database, with a command counter; the personnel office lists the unit's six people.
        var counter = new CommandRecorder();
        await using var factory = new KyCuongFactory(App.Factory.Database, demoSeed: false);
        await using var host = factory.WithWebHostBuilder(w => w.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(counter)));
        using var client = host.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "theodoi", password = AppFixture.DemoPassword }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        async Task<(int Commands, JsonElement Page)> ListAsync(int pageSize)
        {
            var before = counter.Count;
            var page = await (await client.GetAsync($"/api/v1/units/{unitId}/staff-records?pageSize={pageSize}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            return (counter.Count - before, page);
        }

        // The counter counts every command of the host, so start-up work still running in the background (the check for accounts
        // on the published demo password) can fall into one window: the fewer of two reads of each size is the request's own.
        await ListAsync(1);
        var one = Math.Min((await ListAsync(1)).Commands, (await ListAsync(1)).Commands);
        var (sixFirst, _) = await ListAsync(6);
        var (sixSecond, page) = await ListAsync(6);
        var six = Math.Min(sixFirst, sixSecond);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(6);
        items.ShouldAllBe(i => i.GetProperty("category").GetString() == "civilServant" && i.GetProperty("source").GetString() == "body");
        // Records, positions and the units' tree are one query each for the page: six people cost what one costs (it was ≈ 5 more per person).
        six.ShouldBe(one, $"commands for a page of 1: {one}, of 6: {six}");
    }
}

[Collection("sqlite")]
public sealed class SqliteStaffCategoryTests(SqliteApp app) : StaffCategoryTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresStaffCategoryTests(PostgresApp app) : StaffCategoryTests<PostgresApp>(app), IClassFixture<PostgresApp>;
