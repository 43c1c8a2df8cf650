using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Reports;

/// <summary>
/// Opening a period pre-fills every reporting unit at once (docs/performance.md "Reports at a province's size"): the batch readers of the
/// Tasks and Documents contracts give, unit by unit, exactly what the one-unit readers give, and an opening costs the same number of
/// database commands for one unit as for many.
/// </summary>
public abstract class ReportPrefillBatchTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Province = "Ủy ban nhân dân tỉnh An Giang";
    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Live data the sections read: three overdue tasks of Sở Nội vụ (two due the same day; given on 3 Feb, the clock then on 9 Feb) and a directive to Sở Nội vụ (Sở Công
    /// Thương coordinating) that every official must acknowledge, acknowledged by one specialist.
    /// </summary>
    private async Task ArrangeAsync()
    {
        await SetClockAsync(KyCuongFactory.DefaultNow);
        var snv = await app.UnitIdAsync(Snv);
        using var chutich = await app.ClientForAsync("chutich");
        var tag = Guid.NewGuid().ToString("N")[..6];
        foreach (var (title, due) in new[] { ("Tổng hợp báo cáo biên chế", "2026-02-05"), ("Rà soát vị trí việc làm", "2026-02-04"), ("Thẩm định đề án", "2026-02-05") })
        {
            (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title = $"{title} {tag}", leadUnitId = snv, dueDate = due }, Ct))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        // A deadline cannot be set in the past: the tasks are given on 3 Feb, and are overdue on Monday 9 Feb.
        await SetClockAsync(new DateTimeOffset(2026, 2, 9, 9, 0, 0, TimeSpan.FromHours(7)));
        using var clerk = await app.ClientForAsync("vanthu");
        var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Thủ tướng Chính phủ", numberSymbol = $"{Random.Shared.Next(10000, 99999)}/CĐ-TTg", date = "2026-01-30",
            type = "Công điện", subject = "Về việc chấn chỉnh kỷ luật, kỷ cương hành chính " + tag, urgency = (string?)null,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = doc.GetProperty("id").GetGuid();
        (await chutich.PostAsJsonAsync($"/api/v1/documents/{id}/direction", new
        {
            leadUnitId = snv, coordinatingUnitIds = new[] { await app.UnitIdAsync(Sct) }, workingDays = 10, requireAcknowledgement = true,
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var specialist = await app.ClientForAsync("chuyenvien");
        (await specialist.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    /// <summary>The province, its departments and the units right below Sở Nội vụ: units above, below and beside the recipients.</summary>
    private async Task<List<Guid>> UnitsAsync(IUnitDirectory directory)
    {
        var province = await app.UnitIdAsync(Province);
        var snv = await app.UnitIdAsync(Snv);
        var all = await directory.ListAsync(Ct);
        return [province, .. all.Where(u => u.ParentId == province).Select(u => u.Id), .. all.Where(u => u.ParentId == snv).Select(u => u.Id)];
    }

    [Fact]
    public async Task ManyUnitsAtOnce_GiveEachUnitTheFiguresOfTheOneUnitReaders()
    {
        await ArrangeAsync();
        using var scope = app.Factory.Services.CreateScope();
        var tasks = scope.ServiceProvider.GetRequiredService<ITaskFigures>();
        var acknowledgements = scope.ServiceProvider.GetRequiredService<IAcknowledgementFigures>();
        var units = await UnitsAsync(scope.ServiceProvider.GetRequiredService<IUnitDirectory>());
        units.Count.ShouldBeGreaterThan(4);
        DateOnly from = new(2026, 1, 15), to = new(2026, 2, 14), asOf = new(2026, 2, 9);

        var summaries = await tasks.SummariesAsync(units, from, to, Ct);
        var overdue = await tasks.OverdueManyAsync(units, asOf, 200, Ct);
        var firstTwo = await tasks.OverdueManyAsync(units, asOf, 2, Ct);
        var coverage = await acknowledgements.ForUnitsAsync(units, from, to, asOf, Ct);
        summaries.Keys.ShouldBe(units, ignoreOrder: true);
        overdue.Keys.ShouldBe(units, ignoreOrder: true);
        coverage.Keys.ShouldBe(units, ignoreOrder: true);
        foreach (var unit in units)
        {
            summaries[unit].ShouldBe(await tasks.SummaryAsync(unit, from, to, Ct), unit.ToString());
            overdue[unit].ShouldBe(await tasks.OverdueAsync(unit, asOf, 200, Ct), unit.ToString());
            firstTwo[unit].ShouldBe(await tasks.OverdueAsync(unit, asOf, 2, Ct), unit.ToString());
            var one = await acknowledgements.ForUnitAsync(unit, from, to, asOf, Ct);
            (coverage[unit].Campaigns, coverage[unit].Required, coverage[unit].Acknowledged).ShouldBe((one.Campaigns, one.Required, one.Acknowledged), unit.ToString());
            coverage[unit].Lines.ShouldBe(one.Lines, unit.ToString());
        }

        // Not a comparison of empties: the province counts tasks, Sở Nội vụ has overdue ones (more than the cut of two), the directive reaches officials.
        var province = await app.UnitIdAsync(Province);
        var snv = await app.UnitIdAsync(Snv);
        summaries[province].Total.ShouldBeGreaterThan(0);
        overdue[snv].Count.ShouldBeGreaterThan(2);
        firstTwo[snv].Count.ShouldBe(2);
        coverage[snv].Required.ShouldBeGreaterThan(0);
        coverage[snv].Acknowledged.ShouldBeGreaterThanOrEqualTo(1);
        coverage[province].Campaigns.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task OpeningAPeriod_CostsTheSameCommands_ForOneUnitAndForMany()
    {
        await ArrangeAsync();
        var province = await app.UnitIdAsync(Province);
        var snv = await app.UnitIdAsync(Snv);
        List<Guid> many;
        using (var scope = app.Factory.Services.CreateScope())
        {
            var directory = await scope.ServiceProvider.GetRequiredService<IUnitDirectory>().ListAsync(Ct);
            many = [snv, .. directory.Where(u => u.ParentId == province && u.Id != snv && u.ValidTo is null).Select(u => u.Id).Take(9)];
        }

        many.Count.ShouldBeGreaterThan(4);

        // A second host on the same database, with a command counter; the chairman opens two periods: one unit, then many.
        var counter = new CommandRecorder();
        await using var factory = new KyCuongFactory(app.Factory.Database, demoSeed: false);
        await using var host = factory.WithWebHostBuilder(w => w.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(counter)));
        using var client = host.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "chutich", password = AppFixture.DemoPassword }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        async Task<(int Commands, JsonElement Period)> OpenAsync(IReadOnlyList<Guid> reporting)
        {
            var regime = await (await client.PostAsJsonAsync("/api/v1/report-regimes", new
            {
                name = "Báo cáo tháng kết quả thực hiện nhiệm vụ " + Guid.NewGuid().ToString("N")[..6], periodicity = "month", reportingUnitIds = reporting,
                dueWorkingDays = 5, ownerUnitId = province,
                sections = new object[]
                {
                    new { title = "Kết quả thực hiện nhiệm vụ", source = "taskSummary" },
                    new { title = "Nhiệm vụ quá hạn", source = "overdueTasks" },
                    new { title = "Kết quả quán triệt văn bản chỉ đạo", source = "acknowledgementCoverage" },
                    new { title = "Khó khăn, vướng mắc và kiến nghị", source = "narrative" },
                },
            }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
            var before = counter.Count;
            var period = await (await client.GetAsync($"/api/v1/report-regimes/{regime.GetProperty("id").GetGuid()}/periods/2026-02", Ct))
                .ShouldBeJsonAsync(HttpStatusCode.OK);
            return (counter.Since(before).Count(t => !CommandRecorder.IsWrite(t)), period);
        }

        var (one, _) = await OpenAsync([snv]);
        var (all, period) = await OpenAsync(many);
        period.GetProperty("units").EnumerateArray().Count(u => u.GetProperty("reportId").ValueKind == JsonValueKind.String).ShouldBe(many.Count);
        // Each source is read once for all the units: ten units cost the reads one costs (per unit it was about seven reads more each).
        // Only reads are counted: how the provider splits the one SaveChanges into insert batches is not the opening's doing.
        // The first opening may read a cache more (the calendar): ten units may cost fewer reads than one, never more.
        all.ShouldBeLessThanOrEqualTo(one, $"commands to open a period for 1 unit: {one}, for {many.Count} units: {all}");
    }
}

[Collection("sqlite")]
public sealed class SqliteReportPrefillBatchTests(SqliteApp app) : ReportPrefillBatchTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresReportPrefillBatchTests(PostgresApp app) : ReportPrefillBatchTests<PostgresApp>(app), IClassFixture<PostgresApp>;
