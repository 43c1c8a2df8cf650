using System.Net;
using System.Net.Http.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Webhooks.Capture;
using KyCuong.Web.Modules.Webhooks.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Webhooks;

/// <summary>
/// Webhooks never reach the inside (docs/domain.md "Webhooks: safe targets") with the default settings: an internal address in
/// the URL is a 400 on <c>url</c> that creates nothing, and a name that resolves to loopback is refused when sending, so a
/// receiver listening there gets nothing and the delivery log says why.
/// </summary>
public abstract class WebhookTargetTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Secret = "khoa-bi-mat-cua-mot-cua-2026";

    [Theory]
    [InlineData("http://127.0.0.1:8080/su-kien")]
    [InlineData("http://localhost/su-kien")]
    [InlineData("https://hooks.localhost/su-kien")]
    [InlineData("http://10.20.30.40/su-kien")]
    [InlineData("http://172.20.1.1/su-kien")]
    [InlineData("http://192.168.1.5:9000/su-kien")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]:8080/su-kien")]
    [InlineData("http://[fe80::1]/su-kien")]
    [InlineData("http://[fd00::5]/su-kien")]
    [InlineData("http://[::ffff:127.0.0.1]/su-kien")]
    [InlineData("http://0.0.0.0/su-kien")]
    public async Task InternalAddress_IsA400OnUrl_AndCreatesNothing(string url)
    {
        using var admin = await app.ClientForAsync("admin");
        var before = (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/webhooks", Ct)).GetProperty("total").GetInt32();
        var problem = await (await admin.PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "task.created" }, secret = Secret }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("url")[0].GetString().ShouldBe(TargetAddresses.RefusedMessage);
        (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/webhooks", Ct)).GetProperty("total").GetInt32().ShouldBe(before);
    }

    [Fact]
    public async Task PublicName_IsAccepted()
    {
        using var admin = await app.ClientForAsync("admin");
        await (await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://motcua.angiang.gov.vn/su-kien", events = new[] { "task.created" }, secret = Secret }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task NameResolvingToLoopback_IsRefusedAtSend_ReceiverGetsNothing()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();

        // "localhost" resolves to 127.0.0.1 (and ::1); the API refuses it as written, so the row is written as one created before
        // the check, or on a node where the setting was on, would be: only the send-time check stands between it and loopback.
        var url = new UriBuilder(receiver.BaseUrl + "/noi-bo") { Host = "localhost" }.Uri.ToString();
        var id = Guid.CreateVersion7();
        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.WebhookSubscriptions.Add(new WebhookSubscription
            {
                Id = id, UnitId = await app.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang"), Url = url, Events = "task.created", Secret = Secret,
                CreatedAtUtc = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(Ct);
            scope.ServiceProvider.GetRequiredService<SubscribedKinds>().Invalidate();
        }

        using (var leader = await app.ClientForAsync("giamdoc.snv"))
        {
            await (await leader.PostAsJsonAsync("/api/v1/tasks", new
            {
                title = "Kiểm tra địa chỉ nhận nội bộ", leadUnitId = await app.UnitIdAsync("Sở Nội vụ tỉnh An Giang"), coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-02-20",
            }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        }

        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();

        receiver.Received.ShouldBeEmpty();
        var log = (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/webhooks/{id}/deliveries", Ct)).GetProperty("items").EnumerateArray().ToList();
        log.ShouldNotBeEmpty();
        foreach (var delivery in log)
        {
            var attempt = delivery.GetProperty("attemptLog").EnumerateArray().Single();
            attempt.GetProperty("statusCode").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
            attempt.GetProperty("error").GetString()!.ShouldContain("địa chỉ nội bộ, không gửi");
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteWebhookTargetTests(SqliteApp app) : WebhookTargetTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresWebhookTargetTests(PostgresApp app) : WebhookTargetTests<PostgresApp>(app), IClassFixture<PostgresApp>;
