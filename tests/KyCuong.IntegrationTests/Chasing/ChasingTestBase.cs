using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Chasing.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Chasing;

/// <summary>Helpers shared by the chasing tests: the clock, the jobs, tasks and a look into the chasing tables.</summary>
public abstract class ChasingTestBase<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static DateTimeOffset Vn(int y, int m, int d, int h = 9, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(7));

    protected async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await App.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    protected Task ResetClockAsync() => SetClockAsync(KyCuongFactory.DefaultNow);

    protected async Task RunJobsAsync()
    {
        using var admin = await App.ClientForAsync("admin");
        var result = await (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        result.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("name").GetString()).ShouldContain("chasing.sweep");
        using var scope = App.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = (await db.JobRuns.AsNoTracking().Where(r => r.Name == "chasing.sweep").ToListAsync(Ct)).OrderByDescending(r => r.StartedAtUtc).First();
        run.Outcome.ShouldBe("succeeded", run.Error);
    }

    protected async Task RunJobsAtAsync(DateTimeOffset now)
    {
        await SetClockAsync(now);
        await RunJobsAsync();
    }

    protected async Task<Guid> UserIdAsync(string userName)
    {
        using var client = await App.ClientForAsync(userName);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);
        return me.GetProperty("id").GetGuid();
    }

    protected async Task<Guid> CreateTaskAsync(string assigner, Guid leadUnitId, Guid? leadUserId, string dueDate, string title)
    {
        using var client = await App.ClientForAsync(assigner);
        var created = await (await client.PostAsJsonAsync("/api/v1/tasks", new { title, leadUnitId, leadUserId, coordinatingUnitIds = Array.Empty<Guid>(), dueDate }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private protected async Task<List<ReminderRecord>> RemindersAsync(Guid taskId)
    {
        using var scope = App.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.ChaseReminders.AsNoTracking().Where(r => r.TaskId == taskId).ToListAsync(Ct)).OrderBy(r => r.AtUtc).ThenBy(r => r.Step).ToList();
    }

    /// <summary>
    /// The effects queued under keys starting with <paramref name="keyPrefix"/>: outbox messages still there, plus notices already
    /// handled, which left the outbox and stand as inbox entries under the same key (IOutboxBatchHandler.DeleteWhenDone).
    /// </summary>
    protected async Task<int> OutboxCountAsync(string keyPrefix)
    {
        using var scope = App.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var queued = await db.OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith(keyPrefix), Ct);
        var handled = await db.Notifications.CountAsync(n => n.SourceKey.StartsWith(keyPrefix) && !db.OutboxMessages.Any(m => m.IdempotencyKey == n.SourceKey), Ct);
        return queued + handled;
    }

    /// <summary>A fresh unit with a leader and a specialist, so counts are this test's own.</summary>
    protected async Task<(Guid UnitId, Guid LeaderId, Guid SpecialistId, string Specialist, string Leader)> NewUnitAsync(string parentName)
    {
        using var admin = await App.ClientForAsync("admin");
        var parent = await App.UnitIdAsync(parentName);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var unit = await (await admin.PostAsJsonAsync("/api/v1/units", new { name = $"Phòng thử {suffix}", shortName = "PT", parentId = parent, kind = "division" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var unitId = unit.GetProperty("id").GetGuid();
        var leader = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = $"tp.{suffix}", fullName = "Trưởng phòng thử", password = AppFixture.DemoPassword, unitId, position = "Trưởng phòng", roles = new[] { "leader" },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var specialist = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = $"cv.{suffix}", fullName = "Chuyên viên thử", password = AppFixture.DemoPassword, unitId, position = "Chuyên viên", roles = new[] { "specialist" },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return (unitId, leader.GetProperty("id").GetGuid(), specialist.GetProperty("id").GetGuid(), $"cv.{suffix}", $"tp.{suffix}");
    }
}
