using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Quartz;

namespace KyCuong.SweepBench;

/// <summary>
/// The design a .NET team would reach for: Quartz.NET with a persistent, clustered AdoJobStore on PostgreSQL and one
/// job + trigger per deadline, all firing at the same instant (the morning after a shared deadline). Each firing does
/// the same effect as one sweep item, in one transaction over ADO: read the task, write the reminder, the audit row and
/// the outbox row. The reminder goes to a bench table of the same shape as the engine's, since Quartz needs none of the
/// engine's tables.
/// </summary>
internal static class QuartzBench
{
    private static NpgsqlDataSource? _source;

    public static async Task<(TimeSpan Schedule, TimeSpan Fire, long Reminders, long Audit, long Outbox)> RunAsync(string cs, int size, int threads, TextWriter log)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();

        await DueDataset.ExecAsync(conn, """
            CREATE TABLE bench_quartz_reminders (
                "Id" uuid NOT NULL PRIMARY KEY, "TaskId" uuid NOT NULL, "Step" integer NOT NULL, "RecipientUserId" uuid NOT NULL,
                "CreatedAtUtc" timestamp with time zone NOT NULL);
            CREATE UNIQUE INDEX "IX_bench_quartz_reminders_TaskId_Step_RecipientUserId" ON bench_quartz_reminders ("TaskId", "Step", "RecipientUserId");
            """);

        var ids = new List<Guid>(size);
        await using (var cmd = new NpgsqlCommand("""SELECT "Id" FROM task_tasks WHERE "State" = 'Open' AND "DueDate" IS NOT NULL ORDER BY "Id" LIMIT @n""", conn))
        {
            cmd.Parameters.AddWithValue("n", size);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                ids.Add(r.GetGuid(0));
            }
        }

        _source = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(cs) { MaxPoolSize = threads + 10 }.ConnectionString).Build();
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            q.UseDefaultThreadPool(threads);
            q.UsePersistentStore(s =>
            {
                s.UsePostgres(new NpgsqlConnectionStringBuilder(cs) { MaxPoolSize = 20 }.ConnectionString);
                s.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                s.UseSystemTextJsonSerializer();
                s.ConfigureStore(o =>
                {
                    // Every trigger is scheduled before the scheduler starts and fires at the same instant; a generous
                    // threshold keeps the ones that wait in the queue normal firings rather than misfires.
                    o.MisfireThreshold = TimeSpan.FromHours(2);
                    // The official PostgreSQL schema, as shipped inside the Quartz package (its create_postgres.sql resource, the
                    // successor of database/tables/tables_postgres.sql of quartznet/quartznet, Apache-2.0): the store creates
                    // what is missing, then validates it.
                    o.SchemaProvisioning = SchemaProvisioning.CreateIfMissing;
                });
            });
        }).BuildScheduler();

        var fireAt = TimeProvider.System.GetUtcNow().AddSeconds(1);
        var schedule = Stopwatch.StartNew();
        const int batch = 500;
        for (var i = 0; i < ids.Count; i += batch)
        {
            var map = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
            foreach (var id in ids.Skip(i).Take(batch))
            {
                var job = JobBuilder.Create<DeadlineReminderJob>().WithIdentity($"task-{id:N}", "deadline").UsingJobData("taskId", id.ToString()).RequestRecovery().Build();
                var trigger = TriggerBuilder.Create().WithIdentity($"task-{id:N}-step-1", "deadline").ForJob(job).StartAt(fireAt).Build();
                map[job] = [trigger];
            }

            await scheduler.ScheduleJobs(map, default, CancellationToken.None);
        }

        schedule.Stop();
        log.WriteLine($"  quartz {size:N0}: scheduled {ids.Count:N0} jobs+triggers in {schedule.Elapsed.TotalSeconds:F1} s ({ids.Count / schedule.Elapsed.TotalSeconds:F0}/s, batches of {batch})");

        var fire = Stopwatch.StartNew();
        await scheduler.Start(CancellationToken.None);
        long done = 0;
        var lastReport = TimeSpan.Zero;
        while (true)
        {
            await Task.Delay(250);
            await using var cmd = new NpgsqlCommand("SELECT count(*) FROM bench_quartz_reminders", conn);
            done = (long)(await cmd.ExecuteScalarAsync())!;
            if (done >= ids.Count)
            {
                break;
            }

            if (fire.Elapsed - lastReport > TimeSpan.FromSeconds(10))
            {
                lastReport = fire.Elapsed;
                log.WriteLine($"    {fire.Elapsed.TotalSeconds:F0} s: {done:N0} fired");
            }

            if (fire.Elapsed > TimeSpan.FromMinutes(30))
            {
                log.WriteLine("    gave up after 30 minutes");
                break;
            }
        }

        fire.Stop();
        await scheduler.Shutdown(true, CancellationToken.None);
        long Count(string sql)
        {
            using var c = new NpgsqlCommand(sql, conn);
            return (long)c.ExecuteScalar()!;
        }

        var audit = Count("SELECT count(*) FROM sys_audit WHERE \"EntityType\" = 'task' AND \"Action\" = 'reminder.quartz'");
        var outbox = Count("SELECT count(*) FROM sys_outbox WHERE \"Topic\" = 'notification'");
        log.WriteLine($"  quartz {size:N0}: fired and processed {done:N0} in {fire.Elapsed.TotalSeconds:F1} s ({done / fire.Elapsed.TotalSeconds:F0}/s), audit {audit:N0}, outbox {outbox:N0}");
        await _source.DisposeAsync();
        return (schedule.Elapsed, fire.Elapsed, done, audit, outbox);
    }

    /// <summary>One deadline's first reminder step: the effect of one sweep item, in one transaction.</summary>
    [DisallowConcurrentExecution]
    internal sealed class DeadlineReminderJob : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            var taskId = Guid.Parse(context.MergedJobDataMap.GetString("taskId")!);
            await using var conn = await _source!.OpenConnectionAsync(cancellationToken);
            await using var tx = await conn.BeginTransactionAsync(cancellationToken);
            Guid lead;
            string title;
            await using (var read = new NpgsqlCommand("""SELECT "LeadUserId", "Title" FROM task_tasks WHERE "Id" = @id AND "State" = 'Open'""", conn, tx))
            {
                read.Parameters.AddWithValue("id", taskId);
                await using var r = await read.ExecuteReaderAsync(cancellationToken);
                if (!await r.ReadAsync(cancellationToken))
                {
                    return;
                }

                lead = r.GetGuid(0);
                title = r.GetString(1);
            }

            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            await using var write = new NpgsqlCommand("""
                INSERT INTO bench_quartz_reminders ("Id","TaskId","Step","RecipientUserId","CreatedAtUtc") VALUES (@r, @t, 1, @u, @now) ON CONFLICT DO NOTHING;
                INSERT INTO sys_audit ("Id","AtUtc","ActorName","EntityType","EntityId","Action","DataJson") VALUES (@a, @now, 'system', 'task', @t, 'reminder.quartz', @data);
                INSERT INTO sys_outbox ("Id","IdempotencyKey","Topic","PayloadJson","CreatedAtUtc","AvailableAtUtc","Attempts") VALUES (@o, @key, 'notification', @payload, @now, @now, 0);
                """, conn, tx);
            write.Parameters.AddWithValue("r", Guid.CreateVersion7());
            write.Parameters.AddWithValue("a", Guid.CreateVersion7());
            write.Parameters.AddWithValue("o", Guid.CreateVersion7());
            write.Parameters.AddWithValue("t", taskId);
            write.Parameters.AddWithValue("u", lead);
            write.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
            write.Parameters.AddWithValue("key", $"reminder:{taskId:N}:1:{lead:N}");
            write.Parameters.AddWithValue("data", $$"""{"step":1,"recipient":"{{lead}}"}""");
            write.Parameters.AddWithValue("payload", $$"""{"recipient":"{{lead}}","title":"Nhắc hạn: {{title.Replace("\"", "'", StringComparison.Ordinal)}}"}""");
            await write.ExecuteNonQueryAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
    }
}
