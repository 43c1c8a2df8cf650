using System.Diagnostics;
using System.Globalization;
using KyCuong.SweepBench;
using KyCuong.Web.Platform.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// The deadline engine's benchmark, on PostgreSQL (PGTEST_CONN, an admin connection, e.g. from
// `eval "$(scripts/pg-throwaway.sh start)"`). Build the host first: `dotnet build -c Release src/KyCuong.Web`.
//   generate [tasks=1000000]  fresh database, real migrations, COPY of the open tasks (no host run); `plan <db>` then
//                             does the host run of `prepare` on it
//   prepare [tasks=1000000]   fresh database, real migrations, COPY of the open tasks all due on one date, then the real
//                             host a week before the due date runs the jobs once so the sweep keeps its watch rows; prints the
//                             database's name, used as a template by the next commands
//   sweep <template>          a copy of it, the real host at the morning after, one POST /api/v1/system/jobs/run:
//                             wall time of chasing.sweep, rows written, host memory (VmRSS every 150 ms)
//   morning <template> [nodes=2]
//                             a copy of it, N real hosts on it at the morning after, every node running the jobs again and again:
//                             time from the first run's start until every reminder notice is in its inbox, CPU of hosts and
//                             PostgreSQL (MorningMeasure.cs; docs/performance.md "Notices: deleted on handling, the morning on two nodes")
//   floor <template>          a copy of it, the same effects in set-based SQL (one INSERT … SELECT per table, one UPDATE)
//   quartz [sizes=10000,50000,100000] [threads=10]
//                             Quartz.NET, clustered AdoJobStore, one job + trigger per deadline, all firing at once
var admin = Environment.GetEnvironmentVariable("PGTEST_CONN") ?? throw new InvalidOperationException("Set PGTEST_CONN (scripts/pg-throwaway.sh start).");
var command = args.Length > 0 ? args[0] : "help";
var log = Console.Out;
var dueDate = new DateOnly(2026, 11, 19);
// A week before the due date no step of the default ladder (courtesy notices 2 working days before and on the day) is
// due yet, so the first run only keeps and plans the watches.
var weekBefore = new DateTimeOffset(2026, 11, 12, 10, 0, 0, TimeSpan.FromHours(7));
var morningAfter = new DateTimeOffset(2026, 11, 20, 8, 5, 0, TimeSpan.FromHours(7));

string Conn(string db, int pool = 50) => new NpgsqlConnectionStringBuilder(admin) { Database = db, MaxPoolSize = pool }.ConnectionString;

async Task AdminExecAsync(string sql)
{
    await using var c = new NpgsqlConnection(admin);
    await c.OpenAsync();
    await DueDataset.ExecAsync(c, sql);
}

async Task<string> FreshDatabaseAsync(string prefix, int tasks)
{
    var db = $"{prefix}_{TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()}";
    await AdminExecAsync($"CREATE DATABASE {db}");
    var sw = Stopwatch.StartNew();
    var services = new ServiceCollection();
    services.AddAppDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = Conn(db) });
    await using (var sp = services.BuildServiceProvider())
    await using (var scope = sp.CreateAsyncScope())
    {
        var applied = await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
        log.WriteLine($"  {db}: {applied.Count} migrations in {sw.Elapsed.TotalSeconds:F1} s");
    }

    await new DueDataset(Conn(db), tasks, dueDate).GenerateAsync(log);
    return db;
}

async Task<string> CopyAsync(string template, string suffix)
{
    var db = $"{template}_{suffix}_{TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() % 100000}";
    var sw = Stopwatch.StartNew();
    NpgsqlConnection.ClearAllPools();
    await AdminExecAsync($"CREATE DATABASE {db} TEMPLATE {template}");
    log.WriteLine($"  copy {template} → {db} in {sw.Elapsed.TotalSeconds:F1} s");
    return db;
}

async Task PlanAsync(string db)
{
    await using (var host = await HostRun.StartAsync(Conn(db), weekBefore, log))
    {
        var sw = Stopwatch.StartNew();
        using var r = await host.Http.PostAsync("/api/v1/system/jobs/run", null);
        log.WriteLine($"  jobs a week before the due date ({weekBefore:O}): {(int)r.StatusCode} in {sw.Elapsed.TotalSeconds:F1} s: {await r.Content.ReadAsStringAsync()}");
    }

    await using var c = new NpgsqlConnection(Conn(db));
    await c.OpenAsync();
    await DueDataset.ExecAsync(c, "VACUUM ANALYZE");
}

switch (command)
{
    case "generate":
    case "prepare":
    {
        var tasks = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var total = Stopwatch.StartNew();
        var db = await FreshDatabaseAsync("kc_sweep", tasks);
        if (command == "prepare")
        {
            await PlanAsync(db);
        }

        log.WriteLine($"{(command == "prepare" ? "prepared" : "generated")} {db} in {total.Elapsed.TotalSeconds:F0} s");
        break;
    }

    case "plan":
        await PlanAsync(args[1]);
        log.WriteLine($"prepared {args[1]}");
        break;

    case "sweep":
    {
        var db = await CopyAsync(args[1], "sweep");
        await SweepMeasure.RunAsync(Conn(db), Conn(db, 5), morningAfter, log);
        break;
    }

    case "morning":
    {
        var db = await CopyAsync(args[1], "morning");
        var nodes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
        await MorningMeasure.RunAsync(Conn(db), Conn(db, 5), morningAfter, nodes, log);
        break;
    }

    case "floor":
    {
        var db = await CopyAsync(args[1], "floor");
        await FloorSql.RunAsync(Conn(db), morningAfter, new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7)), log);
        break;
    }

    case "quartz":
    {
        var sizes = (args.Length > 1 ? args[1] : "10000,50000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));
        var threads = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        foreach (var size in sizes)
        {
            var db = await FreshDatabaseAsync("kc_quartz", size);
            var (schedule, fire, reminders, audit, outbox) = await QuartzBench.RunAsync(Conn(db), size, threads, log);
            log.WriteLine($"| {size:N0} | {schedule.TotalSeconds:F1} s | {fire.TotalSeconds:F1} s | {reminders / fire.TotalSeconds:F0}/s | {reminders:N0} / {audit:N0} / {outbox:N0} |");
            NpgsqlConnection.ClearAllPools();
            await AdminExecAsync($"DROP DATABASE {db} WITH (FORCE)");
        }

        break;
    }

    default:
        log.WriteLine("usage: generate [tasks] | plan <db> | prepare [tasks] | sweep <template> | morning <template> [nodes] | floor <template> | quartz [sizes] [threads]");
        break;
}
