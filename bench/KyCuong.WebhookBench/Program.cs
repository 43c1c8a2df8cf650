using System.Diagnostics;
using System.Globalization;
using KyCuong.Web;
using KyCuong.Web.Modules.Webhooks.Capture;
using KyCuong.Web.Modules.Webhooks.Domain;
using KyCuong.Web.Modules.Webhooks.FanOut;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Webhook deliveries per second on one node (docs/performance.md "Webhook deliveries"): the real host (in process, its own
// database), N deliveries waiting in the outbox, one run of the real drainer, a Kestrel receiver on 127.0.0.1 answering 200
// (Webhooks:AllowPrivateTargets on, since the default refuses loopback receivers). Webhooks:BatchSize sets the claim size.
// Usage: dotnet run -c Release --project bench/KyCuong.WebhookBench -- [N=2000] [sqlite|postgres] [pg connection string]
// Inbox notices: … -- notices [N=100000] [recipients=3000] [batch=1000] (NoticeDrain.cs).
if (args.Length > 0 && args[0] == "edxml")
{
    KyCuong.Web.Benchmarks.EdXmlRoundTrip.Run(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "notices")
{
    await KyCuong.Web.Benchmarks.NoticeDrain.RunAsync(args[1..]);
    return;
}

var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var provider = args.Length > 1 ? args[1] : "sqlite";
var dbFile = Path.Combine(Path.GetTempPath(), $"kycuong-hookbench-{Guid.NewGuid():N}.db");
var connection = provider == "postgres"
    ? (args.Length > 2 ? args[2] : throw new ArgumentException("postgres needs a connection string to a throwaway database"))
    : $"Data Source={dbFile}";

var received = 0;
var receiverBuilder = WebApplication.CreateSlimBuilder();
receiverBuilder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
receiverBuilder.Logging.ClearProviders();
await using var receiver = receiverBuilder.Build();
receiver.Run(async context =>
{
    await context.Request.Body.CopyToAsync(Stream.Null);
    Interlocked.Increment(ref received);
    context.Response.StatusCode = 200;
});
await receiver.StartAsync();
var receiverUrl = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

await using var app = AppHost.Build(
[
    "--environment=Testing", "--urls=http://127.0.0.1:0", $"--Database:Provider={(provider == "postgres" ? "Postgres" : "Sqlite")}",
    $"--ConnectionStrings:Default={connection}", "--Database:MigrateOnStartup=true", "--Clock:Mode=Manual", "--Clock:Start=2026-02-03T09:00:00+07:00",
    "--Demo:Seed=false", "--Admin:UserName=bench.admin", "--Admin:Password=Bench-Webhook-2026!x", "--Logging:LogLevel:Default=Warning",
    "--Jobs:Enabled=false", "--Outbox:MaxBatchesPerRun=100000", "--Webhooks:AllowPrivateTargets=true", "--Auth:SigningKey=webhook-benchmark-signing-key-0123456789abcdef",
]);
await app.StartAsync();

var subscriptionId = Guid.CreateVersion7();
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
    var now = clock.GetUtcNow().UtcDateTime;
    db.WebhookSubscriptions.Add(new WebhookSubscription
    {
        Id = subscriptionId, UnitId = Guid.NewGuid(), Url = receiverUrl.TrimEnd('/') + "/events", Events = WebhookEvents.TaskCreated,
        Secret = "bench-secret-0123456789abcdef", CreatedAtUtc = now,
    });
    var outbox = new List<OutboxMessage>(n);
    for (var i = 0; i < n; i++)
    {
        var e = new WebhookEventPayload(Guid.CreateVersion7(), WebhookEvents.TaskCreated, "task", Guid.CreateVersion7(), now,
            $$"""{"title":"Nhiệm vụ thử số {{i}}","leadUnitId":"{{Guid.NewGuid()}}"}""");
        var d = new WebhookDelivery
        {
            Id = Guid.CreateVersion7(), SubscriptionId = subscriptionId, EventId = e.EventId, Event = e.Kind, Body = FanOutHandler.Body(e, [Guid.NewGuid()]),
            CreatedAtUtc = now,
        };
        db.WebhookDeliveries.Add(d);
        outbox.Add(OutboxMessage.Create(WebhookTopics.Delivery, $"hook-delivery:{d.Id}:0", new DeliveryPayload(d.Id), now));
    }

    db.OutboxMessages.AddRange(outbox);
    await db.SaveChangesAsync();
}

Console.WriteLine($"{n} deliveries waiting ({provider}); receiver {receiverUrl}; cores {Environment.ProcessorCount}; load {File.ReadAllText("/proc/loadavg").Trim()}");
var watch = Stopwatch.StartNew();
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
int handled;
await using (var scope = app.Services.CreateAsyncScope())
{
    var drainer = scope.ServiceProvider.GetServices<IBackgroundJob>().Single(j => j.Name == OutboxDrainer.JobName);
    handled = await drainer.RunAsync(CancellationToken.None);
}

watch.Stop();
var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
Console.WriteLine($"handled {handled}, received {Volatile.Read(ref received)} in {watch.Elapsed.TotalSeconds:0.00} s wall, {cpuUsed.TotalSeconds:0.00} s CPU (host and receiver)");
Console.WriteLine($"=> {handled / watch.Elapsed.TotalSeconds:0} deliveries/s wall, {handled / cpuUsed.TotalSeconds:0} deliveries per CPU second; load after {File.ReadAllText("/proc/loadavg").Trim()}");
await app.StopAsync();
await receiver.StopAsync();
if (File.Exists(dbFile))
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Delete(dbFile);
}
