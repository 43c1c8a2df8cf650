using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using KyCuong.CitizensBench;
using KyCuong.Web.Modules.Citizens.Domain;

// The citizens' portal with a million items stored (issue 17 "Speed and safety"; docs/performance.md "Citizens' portal"):
//   dotnet KyCuong.CitizensBench.dll <postgres|sqlite> "<connection string>" <host url> [items=1000000] [requests=20000]
// bench/citizens/run.sh creates the database, starts the Release host on it (which migrates and seeds the organisation) and
// runs this. It fills cit_feedback (FeedbackDataset), then measures over HTTP, each request as a different citizen
// (X-Forwarded-For from the loopback proxy the host trusts, so the per-address limits apply as in production):
//   status lookups of random existing codes and of unknown codes, public submissions, at concurrency 8 and 16;
//   then a flood of submissions and of lookups from one address, while other citizens keep looking up.
// Every status seen is counted; any 5xx is printed and makes the exit code 1.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: KyCuong.CitizensBench <postgres|sqlite> <connection string> <host url> [items] [requests]");
    return 2;
}

var provider = args[0];
var items = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1_000_000;
var requests = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 20_000;
var data = new FeedbackDataset(provider, args[1]);
await data.LoadBodiesAsync();
Console.WriteLine($"# {provider}: {data.Bodies.Count} bodies a citizen may address; {await data.CountAsync():N0} items before the fill");
await data.FillAsync(items, Console.Out);
Console.WriteLine($"items stored: {await data.CountAsync():N0}");
await Plans.PrintAsync(data, Console.Out);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
{
    BaseAddress = new Uri(args[2]),
    Timeout = TimeSpan.FromSeconds(60),
};

var citizen = 0;
// A fresh address per request: each citizen stays far below Citizens:SubmissionsPerHour and Citizens:LookupsPerMinute.
string NextCitizen()
{
    var i = Interlocked.Increment(ref citizen);
    return $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}";
}

HttpRequestMessage Lookup(string code, string from)
{
    var req = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/public/feedback/{code}");
    req.Headers.Add("X-Forwarded-For", from);
    return req;
}

HttpRequestMessage Submission(int i, string from)
{
    var req = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/feedback")
    {
        Content = JsonContent.Create(new
        {
            kind = i % 3 == 0 ? "recommendation" : "reflection",
            subject = $"Chậm trả kết quả hồ sơ cấp phép số {i}",
            content = "Hồ sơ nộp đúng hạn nhưng đến nay chưa có kết quả, không được thông báo lý do; đề nghị kiểm tra và trả lời.",
            submitter = new { name = "Nguyễn Văn An", phone = "0912345678" },
            about = new { unitId = data.Bodies[i % data.Bodies.Count] },
        }),
    };
    req.Headers.Add("X-Forwarded-For", from);
    return req;
}

var rnd = new Random(17);
var codes = data.Codes;
var serverErrors = 0;

async Task<Run> MeasureAsync(int total, int concurrency, Func<int, HttpRequestMessage> make)
{
    var ms = new double[total];
    var status = new int[total];
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < total)
        {
            using var req = make(i);
            var start = Stopwatch.GetTimestamp();
            using var res = await http.SendAsync(req);
            var body = await res.Content.ReadAsStringAsync();
            ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            status[i] = (int)res.StatusCode;
            if (status[i] >= 500)
            {
                Interlocked.Increment(ref serverErrors);
                Console.WriteLine($"  {status[i]} on {req.Method} {req.RequestUri}: {body[..Math.Min(body.Length, 300)]}");
            }
        }
    }));
    return new Run(ms, status, clock.Elapsed);
}

Console.WriteLine();
Console.WriteLine("| measure | concurrency | requests | p50 ms | p95 ms | p99 ms | max ms | req/s | statuses | load |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");

// Warm-up: JIT, connection pools, the unit directory's cache.
await MeasureAsync(400, 4, i => Lookup(codes[Random.Shared.Next(codes.Count)], NextCitizen()));
await MeasureAsync(100, 4, i => Submission(i, NextCitizen()));

foreach (var concurrency in new[] { 8, 16 })
{
    // Even requests look up an existing code, odd ones a well-formed code nobody was given.
    var picks = Enumerable.Range(0, requests).Select(i => i % 2 == 0 ? codes[rnd.Next(codes.Count)] : TrackingCodes.New()).ToArray();
    var lookups = await MeasureAsync(requests, concurrency, i => Lookup(picks[i], NextCitizen()));
    lookups.Print("status lookup, existing code", concurrency, i => i % 2 == 0);
    lookups.Print("status lookup, unknown code", concurrency, i => i % 2 == 1);

    var submissions = await MeasureAsync(requests / 10, concurrency, i => Submission(i, NextCitizen()));
    submissions.Print("public submission", concurrency, _ => true);
}

// The flood: one address sends submissions and lookups as fast as 16 connections allow, while other citizens look up.
const string Flooder = "203.0.113.7";
var others = MeasureAsync(requests / 4, 4, i => Lookup(codes[(i * 7919) % codes.Count], NextCitizen()));
var floodSubmit = await MeasureAsync(2000, 16, i => Submission(i, Flooder));
var floodLookup = await MeasureAsync(2000, 16, i => Lookup(codes[(i * 104729) % codes.Count], Flooder));
var meanwhile = await others;
floodSubmit.Print("flood: submissions from one address", 16, _ => true);
floodLookup.Print("flood: lookups from one address", 16, _ => true);
meanwhile.Print("other citizens' lookups during the flood", 4, _ => true);

Console.WriteLine();
Console.WriteLine(serverErrors == 0 ? "no 5xx answer in any phase" : $"{serverErrors} answers were 5xx");
return serverErrors == 0 ? 0 : 1;

/// <summary>One phase's latencies and statuses, in request order.</summary>
internal sealed record Run(double[] Ms, int[] Status, TimeSpan Elapsed)
{
    public void Print(string what, int concurrency, Func<int, bool> which)
    {
        var picked = Enumerable.Range(0, Ms.Length).Where(which).ToList();
        var ms = picked.Select(i => Ms[i]).Order().ToArray();
        var statuses = string.Join(", ", picked.GroupBy(i => Status[i]).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {concurrency} | {ms.Length:N0} | {P(ms, 0.50):F1} | {P(ms, 0.95):F1} | {P(ms, 0.99):F1} | {ms[^1]:F1} | {Ms.Length / Elapsed.TotalSeconds:F0} | {statuses} | {FeedbackDataset.Load()} |"));
    }

    private static double P(double[] sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>The plans of the portal's queries on the filled table, printed beside the figures.</summary>
internal static class Plans
{
    public static async Task PrintAsync(FeedbackDataset data, TextWriter log)
    {
        await using var c = data.Open();
        var code = data.Codes[data.Codes.Count / 2];
        var explain = data.IsPostgres ? "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)" : "EXPLAIN QUERY PLAN";
        var queries = new (string What, string Sql)[]
        {
            ("status lookup", $"""{explain} SELECT "Status", "DecisionDueDate", "TaskId", "PublicAnswer", "PublishedAtUtc", "Notice", "ForwardedTo", "ReceivedOn", "BodyUnitId", "Rating" FROM cit_feedback WHERE "TrackingCode" = '{code}' LIMIT 1"""),
            ("published answers, first page", $"""{explain} SELECT "PublicSubject", "PublicAnswer", "BodyUnitId", "PublishedAtUtc", "ReceivedOn" FROM cit_feedback WHERE "PublishedAtUtc" IS NOT NULL ORDER BY "PublishedAtUtc" DESC, "Id" LIMIT 20"""),
            ("retention job's batch", data.IsPostgres
                ? $"""{explain} SELECT * FROM cit_feedback WHERE "ClosedAtUtc" IS NOT NULL AND "ClosedAtUtc" < now() - interval '365 days' AND "PersonalDataErasedAtUtc" IS NULL ORDER BY "ClosedAtUtc", "Id" LIMIT 500"""
                : $"""{explain} SELECT * FROM cit_feedback WHERE "ClosedAtUtc" IS NOT NULL AND "ClosedAtUtc" < datetime('now', '-365 days') AND "PersonalDataErasedAtUtc" IS NULL ORDER BY "ClosedAtUtc", "Id" LIMIT 500"""),
        };
        foreach (var (what, sql) in queries)
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            cmd.CommandTimeout = 0;
            await using var r = await cmd.ExecuteReaderAsync();
            await log.WriteLineAsync($"plan of the {what}:");
            while (await r.ReadAsync())
            {
                await log.WriteLineAsync("    " + r.GetValue(r.FieldCount - 1));
            }
        }
    }
}
