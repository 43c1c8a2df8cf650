using System.Diagnostics;
using System.Globalization;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using KyCuong.Bench.Shared;

namespace KyCuong.Web.Benchmarks;

/// <summary>
/// Inbox notices per second on one node (docs/performance.md "Notices in batches"): the real host in process on a fresh
/// PostgreSQL database, R people written with binary COPY, N <c>notification</c> messages written with the outbox's own
/// binary COPY (as the deadline sweep writes them), then the real drainer run after run until no message is left; every
/// message must end as exactly one inbox entry. E-mail is off (the inbox is measured; e-mails are their own messages).
/// CPU is the host process's and the PostgreSQL server's (the postmaster's own and reaped children's time plus its live
/// children's), so the figure per CPU second holds on a shared machine.
/// Usage: PGTEST_CONN=… dotnet run -c Release --project bench/KyCuong.WebhookBench -- notices [N=100000] [recipients=3000] [batch=1000]
/// </summary>
internal static class NoticeDrain
{
    public static async Task RunAsync(string[] args)
    {
        var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var people = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3000;
        var batch = args.Length > 2 ? args[2] : "1000";
        var admin = Environment.GetEnvironmentVariable("PGTEST_CONN") ?? throw new InvalidOperationException("Set PGTEST_CONN (scripts/pg-throwaway.sh start).");
        var dbName = $"kc_notices_{TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()}";
        await ExecAsync(admin, $"CREATE DATABASE {dbName}");

        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = dbName, MaxPoolSize = 20 }.ConnectionString;
        await using var app = AppHost.Build(
        [
            "--environment=Testing", "--urls=http://127.0.0.1:0", "--Database:Provider=Postgres", $"--ConnectionStrings:Default={connection}",
            "--Database:MigrateOnStartup=true", "--Clock:Mode=Manual", "--Clock:Start=2026-11-20T08:05:00+07:00", "--Demo:Seed=false",
            "--Admin:UserName=bench.admin", "--Admin:Password=Bench-Notices-2026!x", "--Logging:LogLevel:Default=Warning", "--Jobs:Enabled=false",
            "--Outbox:MaxBatchesPerRun=1000000", $"--Notifications:BatchSize={batch}", "--Smtp:Enabled=false",
            "--Auth:SigningKey=notice-benchmark-signing-key-0123456789abcdef",
        ]);
        await app.StartAsync();

        var ids = await WritePeopleAsync(connection, people);
        var sw = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            for (var start = 0; start < n; start += 50_000)
            {
                var messages = new List<OutboxMessage>(50_000);
                for (var i = start; i < Math.Min(n, start + 50_000); i++)
                {
                    var category = i % 4 == 0 ? NotificationCategories.Overdue : NotificationCategories.Reminder;
                    messages.Add(OutboxMessage.Create(NotificationTopics.Notification, $"bench-notice:{i}:{Guid.NewGuid():N}",
                        new NotificationPayload(ids[i % ids.Count], category, $"Nhiệm vụ \"Báo cáo số {i}\" đến hạn hôm nay",
                            "Đề nghị đồng chí khẩn trương hoàn thành và báo cáo kết quả trước 17 giờ.", $"/Tasks/Details/{Guid.NewGuid()}"), now));
                }

                await using var tx = await db.Database.BeginTransactionAsync();
                await outbox.AppendAsync(messages, CancellationToken.None);
                await tx.CommitAsync();
            }
        }

        await ExecAsync(connection, "VACUUM ANALYZE");
        Console.WriteLine($"{n:N0} notices for {people:N0} people waiting in {sw.Elapsed.TotalSeconds:F1} s; batch {batch}; cores {Environment.ProcessorCount}; load {Load()}");

        var postmaster = await PostgresCpu.PostmasterPidAsync(connection);
        var pgCpu = PostgresCpu.ServerCpu(postmaster);
        var hostCpu = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        var handled = 0;
        var runs = 0;
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var drainer = scope.ServiceProvider.GetServices<IBackgroundJob>().Single(j => j.Name == OutboxDrainer.JobName);
            var done = await drainer.RunAsync(CancellationToken.None);
            runs++;
            handled += done;
            if (done == 0)
            {
                break;
            }
        }

        sw.Stop();
        var host = (Process.GetCurrentProcess().TotalProcessorTime - hostCpu).TotalSeconds;
        var server = (PostgresCpu.ServerCpu(postmaster) - pgCpu).TotalSeconds;
        var entries = await ScalarAsync(connection, "SELECT count(*) FROM ntf_notifications");
        var distinct = await ScalarAsync(connection, """SELECT count(DISTINCT "SourceKey") FROM ntf_notifications""");
        var pending = await ScalarAsync(connection, """SELECT count(*) FROM sys_outbox WHERE "ProcessedAtUtc" IS NULL""");
        Console.WriteLine($"handled {handled:N0} in {runs} runs, {sw.Elapsed.TotalSeconds:F1} s wall; inbox entries {entries:N0} ({distinct:N0} distinct keys); messages left {pending:N0}");
        Console.WriteLine($"CPU: host {host:F1} s, PostgreSQL {server:F1} s");
        Console.WriteLine($"=> {handled / sw.Elapsed.TotalSeconds:N0} notices/s wall, {handled / (host + server):N0} notices per CPU second (host + PostgreSQL); load after {Load()}");
        await app.StopAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecAsync(admin, $"DROP DATABASE {dbName} WITH (FORCE)");

        if (entries != n || distinct != n || pending != 0)
        {
            throw new InvalidOperationException("Not every notice became exactly one inbox entry.");
        }
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Trim();

    private static async Task<List<Guid>> WritePeopleAsync(string connection, int count)
    {
        var ids = new List<Guid>(count);
        var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var w = await conn.BeginBinaryImportAsync("""
            COPY org_users ("Id","FullName","IsActive","CreatedAtUtc","UserName","NormalizedUserName","Email","NormalizedEmail","EmailConfirmed","PasswordHash","SecurityStamp","ConcurrencyStamp","PhoneNumber","PhoneNumberConfirmed","TwoFactorEnabled","LockoutEnd","LockoutEnabled","AccessFailedCount") FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7();
            ids.Add(id);
            var userName = $"nb{i:D6}";
            var email = $"{userName}@bench.gov.vn";
            await w.StartRowAsync();
            await w.WriteAsync(id, NpgsqlDbType.Uuid);
            await w.WriteAsync($"Cán bộ thử {i}", NpgsqlDbType.Varchar);
            await w.WriteAsync(true, NpgsqlDbType.Boolean);
            await w.WriteAsync(created, NpgsqlDbType.TimestampTz);
            await w.WriteAsync(userName, NpgsqlDbType.Varchar);
            await w.WriteAsync(userName.ToUpperInvariant(), NpgsqlDbType.Varchar);
            await w.WriteAsync(email, NpgsqlDbType.Varchar);
            await w.WriteAsync(email.ToUpperInvariant(), NpgsqlDbType.Varchar);
            await w.WriteAsync(true, NpgsqlDbType.Boolean);
            await w.WriteNullAsync();
            await w.WriteAsync(Guid.NewGuid().ToString("N"), NpgsqlDbType.Text);
            await w.WriteAsync(Guid.NewGuid().ToString(), NpgsqlDbType.Text);
            await w.WriteNullAsync();
            await w.WriteAsync(false, NpgsqlDbType.Boolean);
            await w.WriteAsync(false, NpgsqlDbType.Boolean);
            await w.WriteNullAsync();
            await w.WriteAsync(true, NpgsqlDbType.Boolean);
            await w.WriteAsync(0, NpgsqlDbType.Integer);
        }

        await w.CompleteAsync();
        return ids;
    }

    private static async Task ExecAsync(string connection, string sql)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
