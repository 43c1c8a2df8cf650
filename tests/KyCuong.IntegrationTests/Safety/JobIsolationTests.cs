using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Chasing.Sweep;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Safety;

/// <summary>
/// One bad row stops nothing: a task whose due date lies outside the calendar (stored before dates were validated) made
/// <c>chasing.sweep</c> fail on every run for everyone, <c>/Chasing</c> answer 500, and the jobs endpoint say
/// <c>processed: 0</c>. Now the row is skipped and reported (run record, <c>/Admin/Jobs</c>, <c>failed</c> in the answer)
/// and the good rows are chased.
/// </summary>
public abstract partial class JobIsolationTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sweep_BadDueDates_SkippedAndReported_GoodTasksStillChased()
    {
        using var admin = await app.ClientForAsync("admin");
        using var leader = await app.ClientForAsync("giamdoc.snv");
        var lead = await app.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        async Task<Guid> CreateAsync(string title, string dueDate) =>
            (await (await leader.PostAsJsonAsync("/api/v1/tasks", new { title, leadUnitId = lead, coordinatingUnitIds = Array.Empty<Guid>(), dueDate }, Ct))
                .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var good = await CreateAsync("Việc đến hạn bình thường", "2026-02-04");
        var farOff = await CreateAsync("Việc có hạn xa (dữ liệu cũ)", "2026-02-04");
        var ancient = await CreateAsync("Việc có hạn năm 1 (dữ liệu cũ)", "2026-02-04");

        // Old data, written before validation: straight into the database.
        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Tasks.Where(t => t.Id == farOff).ExecuteUpdateAsync(s => s.SetProperty(t => t.DueDate, new DateOnly(9999, 12, 31)), Ct)).ShouldBe(1);
            (await db.Tasks.Where(t => t.Id == ancient).ExecuteUpdateAsync(s => s.SetProperty(t => t.DueDate, new DateOnly(1, 1, 1)), Ct)).ShouldBe(1);
        }

        // Thursday morning: the good task is one working day overdue.
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now = "2026-02-05T09:00:00+07:00" }, Ct)).EnsureSuccessStatusCode();
        var result = await (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var sweep = result.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("name").GetString() == ChasingSweep.JobName);
        sweep.GetProperty("processed").GetInt32().ShouldBeGreaterThan(0, sweep.ToString());
        sweep.GetProperty("failed").GetInt32().ShouldBe(2, sweep.ToString());
        sweep.GetProperty("error").GetString()!.ShouldContain(farOff.ToString());

        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.ChaseReminders.CountAsync(r => r.TaskId == good && r.Step == 1, Ct)).ShouldBeGreaterThan(0);
            (await db.ChaseReminders.CountAsync(r => r.TaskId == farOff || r.TaskId == ancient, Ct)).ShouldBe(0);
            var run = (await db.JobRuns.AsNoTracking().Where(r => r.Name == ChasingSweep.JobName).ToListAsync(Ct)).OrderByDescending(r => r.StartedAtUtc).First();
            run.Outcome.ShouldBe("partial");
            run.Failed.ShouldBe(2);
            run.Items.ShouldBeGreaterThan(0);
            run.Error!.ShouldContain(farOff.ToString());
            run.Error!.ShouldContain(ancient.ToString());
        }

        // The pages stay up and show the administrator what to correct.
        var browser = await SignInAsync("admin");
        (await browser.GetAsync("/Chasing?kind=overdue", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var jobs = await browser.GetAsync("/Admin/Jobs", Ct);
        jobs.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await jobs.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("data-testid=\"job-flags\"");
        html.ShouldContain(farOff.ToString());

        // The next day the bad rows are tried again and still reported; the good task gets its next reminder.
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now = "2026-02-06T09:30:00+07:00" }, Ct)).EnsureSuccessStatusCode();
        var again = await (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        again.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("name").GetString() == ChasingSweep.JobName).GetProperty("failed").GetInt32().ShouldBe(2);
    }

    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/Account/Login", Ct);
        (await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = AppFixture.DemoPassword, ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }), Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection("sqlite")]
public sealed class SqliteJobIsolationTests(SqliteApp app) : JobIsolationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresJobIsolationTests(PostgresApp app) : JobIsolationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
