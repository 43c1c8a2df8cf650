using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Notifications.Delivery;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Scale;

/// <summary>
/// The SignalR backplane (docs/operations.md "Several nodes"): a live unread count pushed on node A reaches a page
/// connected to node B through Redis; with Redis gone, pages, the API and the inbox keep working and answer quickly.
/// </summary>
public abstract partial class RedisBackplaneTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Redis timeouts of 500 ms show that a page answers quickly when Redis is gone; where Redis stays up, a loaded test machine
    /// can take longer than that to answer the hosts' UNSUBSCRIBE at shutdown, so those tests allow it 5 s.
    /// </summary>
    private static Dictionary<string, string?> Settings(string redis, int timeoutMilliseconds = 500)
    {
        var settings = TwoNodesTests.SharedSettings();
        settings["Redis:Configuration"] = redis;
        settings["Redis:ConnectTimeoutMilliseconds"] = timeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Redis:PushTimeoutMilliseconds"] = "1000";
        return settings;
    }

    [Fact]
    public async Task CountPushedOnA_ReachesAPageConnectedToB()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var database = await TestDatabase.FromTemplateAsync(provider, "redis");
        await using var nodeA = new KyCuongFactory(database, settings: Settings(redis.Configuration, 5000));
        await using var nodeB = new KyCuongFactory(database, settings: Settings(redis.Configuration, 5000));

        var (cookie, userId) = await SignInAsync(nodeB, "admin");
        await using var page = Connect(nodeB, cookie);
        var received = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        // A delivered batch pushes how many of its notices are the person's (the page adds it to its badge).
        page.On<int>(NotificationsHub.UnreadAddedMethod, added => received.TrySetResult(added));
        await page.StartAsync(Ct);

        // A notice for that person is delivered on node A (its outbox handler pushes the number added).
        int before, after;
        using (var scope = nodeA.Services.CreateScope())
        {
            before = await scope.ServiceProvider.GetRequiredService<UnreadCounter>().CountAsync(userId, Ct);
            scope.ServiceProvider.GetRequiredService<INotifier>().Notify(new NotificationRequest(userId, NotificationCategories.Reminder,
                "Thông báo từ nút A", "Đẩy qua Redis đến trang mở trên nút B.", "/Tasks", $"scale:{Guid.NewGuid():N}"));
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.SaveChangesAsync(Ct);
        }

        await RunJobsAsync(nodeA);
        using (var scope = nodeA.Services.CreateScope())
        {
            after = await scope.ServiceProvider.GetRequiredService<UnreadCounter>().CountAsync(userId, Ct);
        }

        // At least this notice; at most every notice the person received in that run (the template may hold others for them).
        var added = await received.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        added.ShouldBeGreaterThanOrEqualTo(1);
        added.ShouldBeLessThanOrEqualTo(after - before);
    }

    [Fact]
    public async Task RedisGone_PagesApiAndInboxStillWork_Quickly()
    {
        var redis = await RedisServer.StartAsync();
        await using var database = await TestDatabase.FromTemplateAsync(provider, "redis");
        await using var node = new KyCuongFactory(database, settings: Settings(redis.Configuration));
        var (cookie, userId) = await SignInAsync(node, "admin");
        await using (var page = Connect(node, cookie))
        {
            await page.StartAsync(Ct);
        }

        // Redis dies after the node connected to it.
        await redis.DisposeAsync();

        using var leader = await BearerAsync(node, "giamdoc.snv");
        using var admin = await BearerAsync(node, "admin");
        var lead = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).EnumerateArray()
            .Single(u => u.GetProperty("name").GetString() == "Sở Nội vụ tỉnh An Giang").GetProperty("id").GetGuid();
        var clock = Stopwatch.StartNew();
        (await leader.PostAsJsonAsync("/api/v1/tasks", new { title = "Việc giao khi Redis ngừng", leadUnitId = lead, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-03-02" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        using (var scope = node.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<INotifier>().Notify(new NotificationRequest(userId, NotificationCategories.Reminder,
                "Thông báo khi Redis ngừng", "Vẫn phải vào hộp thư.", "/Tasks", $"scale:{Guid.NewGuid():N}"));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
        }

        await RunJobsAsync(node);
        var inbox = await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications", Ct);
        inbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subject").GetString()).ShouldContain("Thông báo khi Redis ngừng");
        (await admin.PostAsync("/api/v1/notifications/read-all", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var cookies = new CookieContainer();
        cookies.SetCookies(node.Server.BaseAddress, cookie);
        using var browser = node.CreateDefaultClient(new CookieContainerHandler(cookies));
        (await browser.GetAsync("/Notifications", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Creating, draining (a push per notice), reading, marking and a page: no step waited on the dead backplane.
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    private static Task<(string Cookie, Guid UserId)> SignInAsync(KyCuongFactory node, string userName) => HubPages.SignInAsync(node, userName, Ct);

    private static HubConnection Connect(KyCuongFactory node, string cookie) => HubPages.Connect(node, cookie);

    private static async Task<HttpClient> BearerAsync(KyCuongFactory node, string userName)
    {
        var client = node.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = AppFixture.DemoPassword }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task RunJobsAsync(KyCuongFactory node)
    {
        using var admin = await BearerAsync(node, "admin");
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection("sqlite")]
public sealed class SqliteRedisBackplaneTests() : RedisBackplaneTests(DatabaseProvider.Sqlite);

[Collection("postgres")]
public sealed class PostgresRedisBackplaneTests() : RedisBackplaneTests(DatabaseProvider.Postgres);
