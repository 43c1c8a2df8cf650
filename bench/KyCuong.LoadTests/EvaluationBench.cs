using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KyCuong.Web;
using KyCuong.Web.Platform.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using KyCuong.Bench.Shared;

namespace KyCuong.LoadTests;

/// <summary>
/// The evaluation of officials at a province's size (issue 14 "Speed"; docs/performance.md "Evaluation of a province's quarter"):
/// <code>dotnet run -c Release --project bench/KyCuong.LoadTests -- evaluation [units=3000] [people=40000] [tasks=2000000]</code>
/// or <c>-- evaluation --reuse &lt;database&gt;</c>. Generates <see cref="ProvinceDataset"/> into a fresh database migrated by the real
/// migrations, starts the real host on loopback and measures through HTTP: the personnel office's body-wide summary of the province's
/// third quarter (every official's scores: the path that computes everyone), a person's evaluation by the API and the page.
/// </summary>
internal static partial class EvaluationBench
{
    private const string Period = "2026-Q3";

    public static async Task RunAsync(string[] args)
    {
        var reuse = args.Length > 1 && args[0] == "--reuse" ? args[1] : null;
        var units = reuse is null && args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3000;
        var people = reuse is null && args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40_000;
        var tasks = reuse is null && args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000_000;
        var admin = Environment.GetEnvironmentVariable("PGTEST_CONN") ?? throw new InvalidOperationException("Set PGTEST_CONN (scripts/pg-throwaway.sh start).");
        var dbName = reuse ?? $"kc_province_{TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()}";
        if (reuse is null)
        {
            await using var c = new NpgsqlConnection(admin);
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {dbName}", c);
            await cmd.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = dbName, MaxPoolSize = 50 }.ConnectionString;
        Console.WriteLine(reuse is null
            ? $"# Province dataset: {units:N0} units, {people:N0} people, {tasks:N0} tasks (database {dbName}); load {Load()}"
            : $"# Province dataset reused (database {dbName}); load {Load()}");
        var total = Stopwatch.StartNew();
        {
            var services = new ServiceCollection();
            services.AddAppDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs });
            await using var sp = services.BuildServiceProvider();
            await using var scope = sp.CreateAsyncScope();
            var applied = await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
            Console.WriteLine($"migrations applied: {applied.Count} in {total.Elapsed.TotalSeconds:F1} s");
        }

        var data = new ProvinceDataset(cs, units, people, tasks);
        if (reuse is null)
        {
            await data.GenerateAsync(Console.Out);
            Console.WriteLine($"generated in {total.Elapsed.TotalSeconds:F0} s; load {Load()}");
        }
        else
        {
            await data.LoadAsync();
        }

        var port = 20000 + Random.Shared.Next(20000);
        // EVAL_PAGE_PHASES=1: the person's page logs its phases too (one line per request, so off by default: the console costs CPU).
        var pagePhases = Environment.GetEnvironmentVariable("EVAL_PAGE_PHASES") == "1" ? "Debug" : "Warning";
        var app = AppHost.Build([
            $"--urls=http://127.0.0.1:{port}", "--environment=Production", "--Database:Provider=Postgres", $"--ConnectionStrings:Default={cs}",
            "--Database:MigrateOnStartup=false", "--Demo:Seed=false", "--Admin:UserName=province.admin", $"--Admin:Password={ProvinceDataset.Password}",
            "--applicationName=KyCuong.Web", "--Logging:LogLevel:Default=Warning", "--RateLimit:SignInPerMinute=100000", "--Jobs:Enabled=false",
            "--Auth:SigningKey=province-benchmark-signing-key-0123456789abcdef",
            // Phase timings of the body-wide computation (docs/performance.md "Evaluation of a province's quarter: profile").
            "--Logging:LogLevel:KyCuong.Web.Modules.Evaluation.EvaluationCalculator=Debug",
            "--Logging:LogLevel:KyCuong.Web.Modules.Evaluation.ExportEvaluation.ExportEvaluationHandler=Debug",
            $"--Logging:LogLevel:KyCuong.Web.Modules.Evaluation.Pages.IndexModel={pagePhases}",
        ]);
        await app.StartAsync();
        try
        {
            await MeasureAsync(new Uri($"http://127.0.0.1:{port}"), data, await PostgresCpu.PostmasterPidAsync(cs));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task MeasureAsync(Uri baseAddress, ProvinceDataset data, int postmaster)
    {
        // CPU seconds, not wall time, on a shared machine: this process (the host and the client) and the PostgreSQL server.
        (TimeSpan Host, TimeSpan Server) Cpu() => (Process.GetCurrentProcess().TotalProcessorTime, PostgresCpu.ServerCpu(postmaster));
        string Spent((TimeSpan Host, TimeSpan Server) from, int n = 1)
        {
            var (host, server) = Cpu();
            return $"CPU per run: host {(host - from.Host).TotalSeconds / n:F3} s, PostgreSQL {(server - from.Server).TotalSeconds / n:F3} s";
        }

        var runs = int.TryParse(Environment.GetEnvironmentVariable("EVAL_SUMMARY_RUNS"), CultureInfo.InvariantCulture, out var r0) ? r0 : 3;

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(10) };

        async Task<string> TokenAsync(string user)
        {
            var r = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = ProvinceDataset.Password });
            r.EnsureSuccessStatusCode();
            return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }

        async Task<HttpResponseMessage> GetAsync(string url, string token)
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, url);
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await http.SendAsync(req);
        }

        // (a) The province's quarter: the body-wide summary of the People's Committee's subtree, as its head exports it.
        var head = data.Leaders.First(l => l.UnitId == data.RootId);
        var headToken = await TokenAsync(head.UserName);
        for (var run = 1; run <= runs; run++)
        {
            var cpu = Cpu();
            var sw = Stopwatch.StartNew();
            using var res = await GetAsync($"/api/v1/units/{data.RootId}/evaluation/{Period}/summary.xlsx", headToken);
            var bytes = await res.Content.ReadAsByteArrayAsync();
            sw.Stop();
            if (res.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"summary → {(int)res.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
            }

            Console.WriteLine($"province {Period} summary (every official's scores, XLSX {bytes.Length / 1024:N0} KiB), run {run}: {sw.Elapsed.TotalSeconds:F1} s wall; {Spent(cpu)}; load {Load()}");
        }

        // (b) A person's evaluation: specialists reading their own, heads of divisions theirs (d reads the unit's grades).
        var specialists = data.Specialists.Where((_, i) => i % 97 == 0).Take(40).ToList();
        var tokens = new Dictionary<string, string>();
        foreach (var s in specialists)
        {
            tokens[s.UserName] = await TokenAsync(s.UserName);
        }

        var cpuOwn = Cpu();
        var own = await TimeAsync(200, i =>
        {
            var s = specialists[i % specialists.Count];
            return GetAsync($"/api/v1/users/{s.UserId}/evaluation?period={Period}", tokens[s.UserName]);
        });
        Console.WriteLine($"GET /api/v1/users/{{id}}/evaluation?period={Period}, 40 specialists (own): {Stats(own)}; {Spent(cpuOwn, 205)}; load {Load()}");

        var divisionHeads = data.Leaders.Where(l => data.Parent.GetValueOrDefault(l.UnitId) is { } p && p != data.RootId).Take(20).ToList();
        foreach (var s in divisionHeads)
        {
            tokens[s.UserName] = await TokenAsync(s.UserName);
        }

        var cpuHeads = Cpu();
        var heads = await TimeAsync(100, i =>
        {
            var s = divisionHeads[i % divisionHeads.Count];
            return GetAsync($"/api/v1/users/{s.UserId}/evaluation?period={Period}", tokens[s.UserName]);
        });
        Console.WriteLine($"GET /api/v1/users/{{id}}/evaluation?period={Period}, 20 heads of units (own, with d from the unit): {Stats(heads)}; {Spent(cpuHeads, 105)}; load {Load()}");

        var cpuYear = Cpu();
        var year = await TimeAsync(100, i =>
        {
            var s = specialists[i % specialists.Count];
            return GetAsync($"/api/v1/users/{s.UserId}/evaluation?period=2026", tokens[s.UserName]);
        });
        Console.WriteLine($"GET /api/v1/users/{{id}}/evaluation?period=2026 (the year, 4 quarters), 40 specialists: {Stats(year)}; {Spent(cpuYear, 105)}; load {Load()}");

        // The page, as the person opens it in the browser (cookie sign-in with the antiforgery token).
        var person = specialists[0];
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var web = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var loginPage = await web.GetStringAsync("/Account/Login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = person.UserName, ["Password"] = ProvinceDataset.Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Antiforgery().Match(loginPage).Groups[1].Value),
        });
        var signIn = await web.PostAsync("/Account/Login", form);
        if ((int)signIn.StatusCode >= 400 || handler.CookieContainer.Count < 2)
        {
            throw new InvalidOperationException($"cookie sign-in for {person.UserName} failed: {(int)signIn.StatusCode}");
        }

        var cpuPage = Cpu();
        var page = await TimeAsync(200, _ => web.GetAsync($"/Evaluation?period={Period}"));
        Console.WriteLine($"the person's evaluation page /Evaluation?period={Period}: {Stats(page)}; {Spent(cpuPage, 205)}; load {Load()}");

        // The same series again: the first one pays the JIT of the page's code (Razor views, the layout's readers), which the API series
        // before it did not touch; this one is the page warm, as a server that has shown it before answers it.
        var cpuWarm = Cpu();
        var warm = await TimeAsync(200, _ => web.GetAsync($"/Evaluation?period={Period}"), warmup: 0);
        Console.WriteLine($"the same page again (warm): {Stats(warm)}; {Spent(cpuWarm, 200)}; load {Load()}");

        // The API for the page's own person, so the page's extra cost is read against the same products (the series above spreads over 40).
        var cpuSame = Cpu();
        var same = await TimeAsync(200, _ => GetAsync($"/api/v1/users/{person.UserId}/evaluation?period={Period}", tokens[person.UserName]));
        Console.WriteLine($"GET /api/v1/users/{{id}}/evaluation?period={Period}, the page's person: {Stats(same)}; {Spent(cpuSame, 205)}; load {Load()}");

        // The SQL statements of one request each (Npgsql's activities, the host being in process): what the page reads beyond the API.
        // EVAL_SQL=1 also prints each statement's first characters.
        var listSql = Environment.GetEnvironmentVariable("EVAL_SQL") == "1";
        var apiSql = await SqlOfAsync(() => GetAsync($"/api/v1/users/{person.UserId}/evaluation?period={Period}", tokens[person.UserName]));
        var pageSql = await SqlOfAsync(() => web.GetAsync($"/Evaluation?period={Period}"));
        if (int.TryParse(Environment.GetEnvironmentVariable("EVAL_PAGE_TRACE"), CultureInfo.InvariantCulture, out var traced) && traced > 0)
        {
            await TraceAsync(traced, () => web.GetAsync($"/Evaluation?period={Period}"));
        }

        foreach (var (what, statements) in new[] { ("API", apiSql), ("page", pageSql) })
        {
            Console.WriteLine($"SQL statements of one {what} request (the page's person): {statements.Count}, {statements.Sum(x => x.Ms):F1} ms in the database client");
            if (listSql)
            {
                foreach (var (sql, ms) in statements)
                {
                    Console.WriteLine($"  {ms,6:F2} ms  {OneLine(sql)}");
                }
            }
        }
    }

    /// <summary>
    /// EVAL_PAGE_TRACE=n: where n page requests spend the host's time, from ASP.NET Core's diagnostic events (the request, the page
    /// handler, each Razor view: the page, the layout and its partials). The process's CPU time is read at each event: the client waits
    /// for the response, so the CPU between two events is the host's work in between (and any background thread's).
    /// </summary>
    private static async Task TraceAsync(int n, Func<Task<HttpResponseMessage>> send)
    {
        var sums = new Dictionary<string, (double Cpu, double Wall, int Sql, int Count)>();
        var events = new List<(string Name, long Ticks, TimeSpan Cpu)>();
        var sql = 0;
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(l =>
        {
            if (l.Name != "Microsoft.AspNetCore")
            {
                return;
            }

            l.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
            {
                var name = e.Key switch
                {
                    "Microsoft.AspNetCore.Hosting.BeginRequest" => "request",
                    "Microsoft.AspNetCore.Hosting.EndRequest" => "end",
                    "Microsoft.AspNetCore.Mvc.BeforeHandlerMethod" => "handler",
                    "Microsoft.AspNetCore.Mvc.AfterHandlerMethod" => "after handler",
                    "Microsoft.AspNetCore.Mvc.Razor.BeforeViewPage" => "view " + Path.GetFileName(e.Value?.GetType().GetProperty("Page")?.GetValue(e.Value)?.GetType().GetProperty("Path")?.GetValue(e.Value?.GetType().GetProperty("Page")?.GetValue(e.Value)) as string),
                    "Microsoft.AspNetCore.Mvc.Razor.AfterViewPage" => "after view " + Path.GetFileName(e.Value?.GetType().GetProperty("Page")?.GetValue(e.Value)?.GetType().GetProperty("Path")?.GetValue(e.Value?.GetType().GetProperty("Page")?.GetValue(e.Value)) as string),
                    _ => null,
                };
                if (name is not null)
                {
                    lock (events)
                    {
                        events.Add((name + $"#{sql}", Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime));
                    }
                }
            }), _ => true);
        }));
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _ => Interlocked.Increment(ref sql),
        };
        ActivitySource.AddActivityListener(listener);
        for (var i = 0; i < n; i++)
        {
            lock (events)
            {
                events.Clear();
            }

            sql = 0;
            using var res = await send();
            await res.Content.ReadAsByteArrayAsync();
            await Task.Delay(20);
            lock (events)
            {
                for (var k = 1; k < events.Count; k++)
                {
                    var (a, b) = (events[k - 1], events[k]);
                    var key = $"{a.Name.Split('#')[0]} → {b.Name.Split('#')[0]}";
                    var statements = int.Parse(b.Name.Split('#')[1], CultureInfo.InvariantCulture) - int.Parse(a.Name.Split('#')[1], CultureInfo.InvariantCulture);
                    var (cpu, wall, q, c) = sums.GetValueOrDefault(key);
                    sums[key] = (cpu + (b.Cpu - a.Cpu).TotalMilliseconds, wall + Stopwatch.GetElapsedTime(a.Ticks, b.Ticks).TotalMilliseconds, q + statements, c + 1);
                }
            }
        }

        Console.WriteLine($"page trace over {n} requests (mean per request: process CPU, wall, SQL statements):");
        foreach (var (key, (cpu, wall, q, c)) in sums)
        {
            Console.WriteLine($"  {cpu / n,7:F2} ms CPU {wall / n,7:F2} ms wall {(double)q / n,5:F1} SQL  {key}{(c != n ? $" ({c} times)" : "")}");
        }
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(T value) => next(value);
    }

    private static string OneLine(string sql)
    {
        var line = Regex.Replace(sql, "\\s+", " ").Trim();
        return line.Length > 160 ? line[..160] + "…" : line;
    }

    /// <summary>The SQL commands Npgsql runs while one request is answered (the client waits for the whole response).</summary>
    private static async Task<List<(string Sql, double Ms)>> SqlOfAsync(Func<Task<HttpResponseMessage>> send)
    {
        var statements = new List<(string, double)>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                var sql = a.GetTagItem("db.query.text") as string ?? a.GetTagItem("db.statement") as string;
                if (sql is not null)
                {
                    lock (statements)
                    {
                        statements.Add((sql, a.Duration.TotalMilliseconds));
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var res = await send();
        await res.Content.ReadAsByteArrayAsync();
        if (res.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{res.RequestMessage?.RequestUri} → {(int)res.StatusCode}");
        }

        lock (statements)
        {
            return [.. statements];
        }
    }

    private static async Task<List<double>> TimeAsync(int n, Func<int, Task<HttpResponseMessage>> send, int warmup = 5)
    {
        var list = new List<double>();
        for (var i = -warmup; i < n; i++)
        {
            var sw = Stopwatch.StartNew();
            using var res = await send(Math.Abs(i));
            await res.Content.ReadAsByteArrayAsync();
            sw.Stop();
            if (res.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{res.RequestMessage?.RequestUri} → {(int)res.StatusCode}");
            }

            if (i >= 0)
            {
                list.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        return list;
    }

    private static string Stats(List<double> ms)
    {
        // Which requests of the series (1 = first) were the slowest tenth: the first of a series after a start pay the JIT of
        // the code they are the first to run, so a tail made of them is the process's warm-up, not the steady state.
        var slowest = ms.Select((t, i) => (t, i)).OrderByDescending(x => x.t).Take(Math.Max(1, ms.Count / 10)).Select(x => x.i + 1).Order().ToArray();
        ms.Sort();
        return $"p50 {ms[ms.Count / 2]:F1} ms, p95 {ms[(int)(ms.Count * 0.95)]:F1} ms, max {ms[^1]:F1} ms (n={ms.Count}; slowest tenth: requests {string.Join(' ', slowest)})";
    }

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
