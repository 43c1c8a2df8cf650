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

// One province's periodic reports at national scale (issue 15, PostgreSQL):
//   dotnet run -c Release --project bench/KyCuong.ReportBench -- [tasks=2000000] [regimes=3] [exports=7]
//   dotnet run -c Release --project bench/KyCuong.ReportBench -- --reuse <database> [regimes=3] [exports=7]
// Needs PGTEST_CONN (an admin connection, e.g. from `eval "$(scripts/pg-throwaway.sh start)"`).
// Creates a fresh database migrated by the real migrations, generates the national dataset with binary COPY (5,000 units,
// 100,000 people, `tasks` tasks) whose first province has 35 departments (each with three divisions) and 100 communes,
// starts the real host on loopback and, as that province's leader, through HTTP:
//  - creates `regimes` quarterly regimes for the province's departments and communes (135 reporting units: task summary,
//    overdue tasks, acknowledgement coverage, a narrative) and times the first GET of period 2026-Q3 of each — the request
//    that opens the period and pre-fills every unit's report, as the product does;
//  - times `exports` exports of one department's report as DOCX, PDF (LibreOffice headless) and XLSX.
// Prints median and max of each, for docs/performance.md.
var reuse = args.Length > 1 && args[0] == "--reuse" ? args[1] : null;
var rest = reuse is null ? args : args[2..];
var tasks = reuse is null && rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 2_000_000;
var regimes = rest.Length > (reuse is null ? 1 : 0) ? int.Parse(rest[reuse is null ? 1 : 0], CultureInfo.InvariantCulture) : 3;
var exports = rest.Length > (reuse is null ? 2 : 1) ? int.Parse(rest[reuse is null ? 2 : 1], CultureInfo.InvariantCulture) : 7;
var admin = Environment.GetEnvironmentVariable("PGTEST_CONN") ?? throw new InvalidOperationException("Set PGTEST_CONN (scripts/pg-throwaway.sh start).");
var dbName = reuse ?? $"kc_reports_{TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()}";
if (reuse is null)
{
    await using var c = new NpgsqlConnection(admin);
    await c.OpenAsync();
    await using var cmd = new NpgsqlCommand($"CREATE DATABASE {dbName}", c);
    await cmd.ExecuteNonQueryAsync();
}

var cs = new NpgsqlConnectionStringBuilder(admin) { Database = dbName, MaxPoolSize = 100 }.ConnectionString;
Console.WriteLine($"# One province's reports: 35 departments and 100 communes, {(reuse is null ? $"{tasks:N0} tasks" : "reused dataset")} (database {dbName})");
var total = Stopwatch.StartNew();
{
    var services = new ServiceCollection();
    services.AddAppDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs });
    await using var sp = services.BuildServiceProvider();
    await using var scope = sp.CreateAsyncScope();
    var applied = await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
    Console.WriteLine($"migrations applied: {applied.Count} in {total.Elapsed.TotalSeconds:F1} s");
}

var data = new NationalDataset(cs, 5000, 100_000, tasks, firstProvince: (35, 100));
if (reuse is null)
{
    await data.GenerateAsync(Console.Out);
    Console.WriteLine($"generated in {total.Elapsed.TotalSeconds:F0} s");
}
else
{
    await data.LoadAsync();
}

Guid province;
long provinceTasks;
await using (var conn = new NpgsqlConnection(cs))
{
    await conn.OpenAsync();
    await using (var cmd = new NpgsqlCommand("""SELECT "Id" FROM org_units WHERE "Name" = 'Ủy ban nhân dân tỉnh số 1'""", conn))
    {
        province = (Guid)(await cmd.ExecuteScalarAsync())!;
    }

    await using (var cmd = new NpgsqlCommand("""SELECT count(*) FROM task_tasks t JOIN org_unit_closure c ON c."DescendantId" = t."LeadUnitId" WHERE c."AncestorId" = @p""", conn))
    {
        cmd.Parameters.AddWithValue("p", province);
        provinceTasks = (long)(await cmd.ExecuteScalarAsync())!;
    }
}

var leader = data.Leaders.First(l => l.UnitId == province);
Console.WriteLine($"province {province}: {data.Parent.Count(kv => kv.Value == province)} direct sub-units, {provinceTasks:N0} tasks led in its subtree");

var port = 20000 + Random.Shared.Next(20000);
var app = AppHost.Build([
    $"--urls=http://127.0.0.1:{port}", "--environment=Production", "--Database:Provider=Postgres", $"--ConnectionStrings:Default={cs}",
    "--Database:MigrateOnStartup=false", "--Demo:Seed=false", "--Admin:UserName=national.admin", $"--Admin:Password={NationalDataset.Password}",
    "--applicationName=KyCuong.Web", "--Logging:LogLevel:Default=Warning", "--RateLimit:SignInPerMinute=100000", "--Jobs:Enabled=false",
    "--Auth:SigningKey=report-benchmark-signing-key-0123456789abcdef",
]);
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
{
    var r = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = leader.UserName, password = NationalDataset.Password });
    r.EnsureSuccessStatusCode();
    var token = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
}

async Task<(double Ms, byte[] Body)> TimeAsync(HttpMethod method, string url, object? body = null)
{
    using var req = new HttpRequestMessage(method, url);
    if (body is not null)
    {
        req.Content = JsonContent.Create(body);
    }

    var sw = Stopwatch.StartNew();
    using var res = await http.SendAsync(req);
    var bytes = await res.Content.ReadAsByteArrayAsync();
    sw.Stop();
    if (!res.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{method} {url} → {(int)res.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
    }

    return (sw.Elapsed.TotalMilliseconds, bytes);
}

static string Stats(List<double> ms)
{
    var s = ms.Order().ToList();
    var median = s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    return $"median {median:F0} ms, max {s[^1]:F0} ms (n={s.Count}: {string.Join(", ", ms.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))})";
}

// A warm-up regime of one unit, so the first measured period does not pay the host's JIT.
var warm = await TimeAsync(HttpMethod.Post, "/api/v1/report-regimes", Regime("Khởi động", null));
var warmId = Id(warm.Body);
await TimeAsync(HttpMethod.Get, $"/api/v1/report-regimes/{warmId}/periods/2026-Q3");

string[] reportingKinds = ["department", "commune"];
var opens = new List<double>();
var reads = new List<double>();
Guid? reportId = null;
for (var i = 1; i <= regimes; i++)
{
    var created = await TimeAsync(HttpMethod.Post, "/api/v1/report-regimes", Regime($"Báo cáo quý tình hình thực hiện nhiệm vụ (lần đo {i})", reportingKinds));
    var id = Id(created.Body);
    var open = await TimeAsync(HttpMethod.Get, $"/api/v1/report-regimes/{id}/periods/2026-Q3");
    using var period = JsonDocument.Parse(open.Body);
    var units = period.RootElement.GetProperty("units");
    var opened = units.EnumerateArray().Count(u => u.GetProperty("reportId").ValueKind == JsonValueKind.String);
    Console.WriteLine($"  regime {i}: period 2026-Q3 opened, {opened} of {units.GetArrayLength()} reporting units pre-filled, {open.Ms:F0} ms");
    opens.Add(open.Ms);
    reads.Add((await TimeAsync(HttpMethod.Get, $"/api/v1/report-regimes/{id}/periods/2026-Q3")).Ms);
    reportId ??= units.EnumerateArray().Where(u => u.GetProperty("name").GetString()!.StartsWith("Sở 1 ", StringComparison.Ordinal))
        .Select(u => u.GetProperty("reportId").GetGuid()).First();
}

Console.WriteLine($"open and pre-fill one period for 135 units (GET …/periods/2026-Q3, first call): {Stats(opens)}");
Console.WriteLine($"the same period read again (already open): {Stats(reads)}");

string[] formats = ["docx", "xlsx", "pdf"];
foreach (var format in formats)
{
    var list = new List<double>();
    var refused = new List<double>();
    long size = 0;
    for (var i = -1; i < exports; i++)
    {
        // A conversion that passes the server's budget (LibreOffice, 60 s) is answered 503: counted and timed, not measured as a success.
        using var req = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/{reportId}/export?format={format}");
        var sw = Stopwatch.StartNew();
        using var res = await http.SendAsync(req);
        var body = await res.Content.ReadAsByteArrayAsync();
        sw.Stop();
        if (!res.IsSuccessStatusCode)
        {
            refused.Add(sw.Elapsed.TotalMilliseconds);
            Console.WriteLine($"  {format} export {i + 2}: HTTP {(int)res.StatusCode} after {sw.Elapsed.TotalMilliseconds:F0} ms");
            continue;
        }

        size = body.Length;
        if (i >= 0)
        {
            list.Add(sw.Elapsed.TotalMilliseconds);
        }
    }

    Console.WriteLine($"export one report as {format.ToUpperInvariant()} ({size:N0} bytes, after one warm-up): "
        + (list.Count > 0 ? Stats(list) : "no success") + (refused.Count > 0 ? $"; {refused.Count} refused (503)" : ""));
}

Console.WriteLine($"whole run {total.Elapsed.TotalSeconds:F0} s");
await app.StopAsync();

object Regime(string name, string[]? kinds) => new
{
    name,
    periodicity = "quarter",
    dueWorkingDays = 10,
    ownerUnitId = province,
    legalBasis = "Nghị định 09/2019/NĐ-CP",
    reportingUnitIds = kinds is null ? new[] { data.Parent.First(kv => kv.Value == province).Key } : Array.Empty<Guid>(),
    reportingUnitKinds = kinds ?? Array.Empty<string>(),
    sections = new[]
    {
        new { title = "Tình hình thực hiện nhiệm vụ", source = "taskSummary" },
        new { title = "Nhiệm vụ quá hạn", source = "overdueTasks" },
        new { title = "Quán triệt văn bản chỉ đạo", source = "acknowledgementCoverage" },
        new { title = "Đánh giá chung, kiến nghị", source = "narrative" },
    },
};

static Guid Id(byte[] body)
{
    using var doc = JsonDocument.Parse(body);
    return doc.RootElement.GetProperty("id").GetGuid();
}
