using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Documents;

/// <summary>
/// Acknowledgement reminders run themselves (docs/domain.md "Acknowledgement of directives") on both databases with a moved clock: nobody
/// before the configured working days have passed, then everyone still missing once a day, never someone who confirmed, and a campaign
/// that cannot be handled is reported while the others are still reminded.
/// </summary>
public abstract class AcknowledgementReminderJobTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Vn(int y, int m, int d, int h = 9) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(7));

    private async Task<(string Outcome, int Failed, string? Error)> RunJobsAtAsync(DateTimeOffset now)
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = (await db.JobRuns.AsNoTracking().Where(r => r.Name == "documents.acknowledgementReminders").ToListAsync(Ct))
            .OrderByDescending(r => r.StartedAtUtc).First();
        return (run.Outcome, run.Failed, run.Error);
    }

    private async Task<List<(Guid UserId, DateOnly On)>> RemindedAsync(Guid documentId)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.AcknowledgementReminders.AsNoTracking().Where(r => r.DocumentId == documentId).Select(r => new { r.UserId, r.On }).ToListAsync(Ct))
            .Select(r => (r.UserId, r.On)).ToList();
    }

    [Fact]
    public async Task DailyJob_RemindsThoseMissing_AfterTheSetWorkingDays_OnceADay_BadCampaignIsolated()
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now = KyCuongFactory.DefaultNow }, Ct)).EnsureSuccessStatusCode();
        using var clerk = await app.ClientForAsync("vanthu");
        var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Thủ tướng Chính phủ", numberSymbol = $"{Random.Shared.Next(10000, 99999)}/CĐ-TTg", date = "2026-01-30", type = "Công điện",
            subject = "Về việc tăng cường kỷ luật, kỷ cương hành chính " + Guid.NewGuid().ToString("N")[..6], urgency = (string?)null,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = doc.GetProperty("id").GetGuid();
        var snv = await app.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        using var chairman = await app.ClientForAsync("chutich");
        (await chairman.PostAsJsonAsync($"/api/v1/documents/{id}/direction", new
        {
            leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 10, requireAcknowledgement = true,
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var specialist = await app.ClientForAsync("chuyenvien");
        (await specialist.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var specialistId = (await specialist.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();

        // A campaign whose document row is gone (old data): its reminders fail, the others' do not.
        var broken = Guid.NewGuid();
        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var conn = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(Ct);
            await using var off = conn.CreateCommand();
            off.CommandText = db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal)
                ? "PRAGMA foreign_keys = OFF" : "SET session_replication_role = replica";
            await off.ExecuteNonQueryAsync(Ct);
            db.AcknowledgementCampaigns.Add(new KyCuong.Web.Modules.Documents.Domain.AcknowledgementCampaign
            {
                DocumentId = broken, RequiredAtUtc = KyCuongFactory.DefaultNow.UtcDateTime.AddDays(-1),
                Units = [new KyCuong.Web.Modules.Documents.Domain.AcknowledgementUnit { DocumentId = broken, UnitId = snv }],
            });
            await db.SaveChangesAsync(Ct);
        }

        try
        {
            // Directed Tuesday 3 February; three working days (4, 5, 6 Feb) are left to read it: nobody is reminded on Friday 6 Feb.
            await RunJobsAtAsync(Vn(2026, 2, 6));
            (await RemindedAsync(id)).ShouldBeEmpty();

            // Monday 9 February: everyone still missing, once; not the specialist who confirmed. The broken campaign is reported.
            var monday = await RunJobsAtAsync(Vn(2026, 2, 9));
            monday.Outcome.ShouldBe("partial");
            monday.Failed.ShouldBe(1);
            monday.Error!.ShouldContain(broken.ToString());
            var first = await RemindedAsync(id);
            var coverage = await chairman.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}/acknowledgements", Ct);
            first.Select(r => r.UserId).ShouldBe(coverage.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("userId").GetGuid()), ignoreOrder: true);
            first.ShouldAllBe(r => r.On == new DateOnly(2026, 2, 9));
            first.ShouldNotContain(r => r.UserId == specialistId);
            first.Count.ShouldBeGreaterThan(0);

            // The same day again: nobody twice. Tuesday 10 February: the still missing once more.
            await RunJobsAtAsync(Vn(2026, 2, 9, 15));
            (await RemindedAsync(id)).Count.ShouldBe(first.Count);
            await RunJobsAtAsync(Vn(2026, 2, 10));
            (await RemindedAsync(id)).Count(r => r.On == new DateOnly(2026, 2, 10)).ShouldBe(first.Count);
        }
        finally
        {
            using (var scope = app.Factory.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await db.AcknowledgementUnits.Where(u => u.DocumentId == broken).ExecuteDeleteAsync(Ct);
                await db.AcknowledgementCampaigns.Where(c => c.DocumentId == broken).ExecuteDeleteAsync(Ct);
            }

            (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now = KyCuongFactory.DefaultNow }, Ct)).EnsureSuccessStatusCode();
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteAcknowledgementReminderJobTests(SqliteApp app) : AcknowledgementReminderJobTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresAcknowledgementReminderJobTests(PostgresApp app) : AcknowledgementReminderJobTests<PostgresApp>(app), IClassFixture<PostgresApp>;
