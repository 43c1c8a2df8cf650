using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.LoadTests;
using KyCuong.Web;
using KyCuong.Web.Platform.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Issue 4 performance on a national-size dataset (PostgreSQL):
//   dotnet run -c Release --project bench/KyCuong.LoadTests -- [units=5000] [people=100000] [tasks=2000000]
// Needs PGTEST_CONN (an admin connection, e.g. from `eval "$(scripts/pg-throwaway.sh start)"`).
// Creates a fresh database, migrates it, generates the data with COPY, starts the real host on loopback and measures
// through HTTP: the root's task summary, a person's task list page, task creation, and creation throughput under
// 32 concurrent clients. Prints a markdown table for docs/performance.md.
var units = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
var people = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var tasks = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000_000;
var admin = Environment.GetEnvironmentVariable("PGTEST_CONN") ?? throw new InvalidOperationException("Set PGTEST_CONN (scripts/pg-throwaway.sh start).");
var dbName = $"kc_national_{TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()}";
await using (var c = new NpgsqlConnection(admin))
{
    await c.OpenAsync();
    await using var cmd = new NpgsqlCommand($"CREATE DATABASE {dbName}", c);
    await cmd.ExecuteNonQueryAsync();
}

var cs = new NpgsqlConnectionStringBuilder(admin) { Database = dbName, MaxPoolSize = 100 }.ConnectionString;
Console.WriteLine($"# National dataset: {units:N0} units, {people:N0} people, {tasks:N0} tasks (database {dbName})");
var total = Stopwatch.StartNew();
{
    var services = new ServiceCollection();
    services.AddAppDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs });
    await using var sp = services.BuildServiceProvider();
    await using var scope = sp.CreateAsyncScope();
    await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
}

var data = new NationalDataset(cs, units, people, tasks);
await data.GenerateAsync(Console.Out);
Console.WriteLine($"generated in {total.Elapsed.TotalSeconds:F0} s");

var port = 20000 + Random.Shared.Next(20000);
var app = AppHost.Build([
    $"--urls=http://127.0.0.1:{port}", "--environment=Production", "--Database:Provider=Postgres", $"--ConnectionStrings:Default={cs}",
    "--Database:MigrateOnStartup=false", "--Demo:Seed=false", "--Admin:UserName=national.admin", $"--Admin:Password={NationalDataset.Password}",
    "--Logging:LogLevel:Default=Warning", "--RateLimit:SignInPerMinute=100000", "--Jobs:Enabled=false", "--Auth:SigningKey=national-benchmark-signing-key-0123456789abcdef",
]);
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };

async Task<string> TokenAsync(string user)
{
    var r = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = NationalDataset.Password });
    r.EnsureSuccessStatusCode();
    return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
}

HttpRequestMessage Req(HttpMethod m, string url, string token, object? body = null)
{
    var req = new HttpRequestMessage(m, url);
    req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    if (body is not null)
    {
        req.Content = JsonContent.Create(body);
    }

    return req;
}

static string Stats(List<double> ms) { ms.Sort(); return $"p50 {ms[ms.Count / 2]:F1} ms, p95 {ms[(int)(ms.Count * 0.95)]:F1} ms, max {ms[^1]:F1} ms (n={ms.Count})"; }

async Task<List<double>> TimeAsync(int n, Func<int, HttpRequestMessage> make, int warmup = 5)
{
    var list = new List<double>();
    for (var i = -warmup; i < n; i++)
    {
        using var req = make(Math.Abs(i));
        var sw = Stopwatch.StartNew();
        using var res = await http.SendAsync(req);
        await res.Content.ReadAsByteArrayAsync();
        sw.Stop();
        if (!res.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{req.RequestUri} → {(int)res.StatusCode}: {await res.Content.ReadAsStringAsync()}");
        }

        if (i >= 0)
        {
            list.Add(sw.Elapsed.TotalMilliseconds);
        }
    }

    return list;
}

var adminToken = await TokenAsync("national.admin");
var summary = await TimeAsync(50, _ => Req(HttpMethod.Get, $"/api/v1/units/{data.RootId}/task-summary?includeDescendants=true", adminToken));
Console.WriteLine($"task summary, root with all descendants: {Stats(summary)}");

var sample = data.Specialists.Take(40).ToList();
var tokens = new Dictionary<string, string>();
foreach (var s in sample)
{
    tokens[s.UserName] = await TokenAsync(s.UserName);
}

var list = await TimeAsync(200, i => Req(HttpMethod.Get, "/api/v1/tasks?mine=true&page=1&pageSize=20", tokens[sample[i % sample.Count].UserName]));
Console.WriteLine($"a person's task list page (20 rows): {Stats(list)}");

var leader = data.Leaders.First(l => data.Parent[l.UnitId] is { } p && p != data.RootId);
var leaderToken = await TokenAsync(leader.UserName);
var children = data.Parent.Where(kv => kv.Value == leader.UnitId).Select(kv => kv.Key).ToList();
var target = children.Count > 0 ? children[0] : leader.UnitId;
var create = await TimeAsync(300, i => Req(HttpMethod.Post, "/api/v1/tasks", leaderToken,
    new { title = $"Nhiệm vụ đo hiệu năng {i}", leadUnitId = target, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 10 }));
Console.WriteLine($"create a task (HTTP, with audit): {Stats(create)}");

var created = 0L;
var errors = 0L;
var window = TimeSpan.FromSeconds(20);
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, 32).Select(async c =>
{
    var n = 0;
    while (clock.Elapsed < window)
    {
        using var req = Req(HttpMethod.Post, "/api/v1/tasks", leaderToken, new { title = $"Tải đồng thời {c}-{n++}", leadUnitId = target, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 5 });
        using var res = await http.SendAsync(req);
        if (res.IsSuccessStatusCode) { Interlocked.Increment(ref created); } else { Interlocked.Increment(ref errors); }
    }
}));
Console.WriteLine($"task creation under 32 concurrent clients: {created / clock.Elapsed.TotalSeconds:F0} tasks/s ({created:N0} in {clock.Elapsed.TotalSeconds:F1} s, {errors} errors)");
Console.WriteLine($"host working set after the run: {Environment.WorkingSet / (1024 * 1024)} MiB (load generator and host in one process)");
await app.StopAsync();
