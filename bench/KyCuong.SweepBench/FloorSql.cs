using System.Diagnostics;
using Npgsql;

namespace KyCuong.SweepBench;

/// <summary>
/// The floor: the sweep's effects for every due watch written set-based, one statement per table in one transaction,
/// on an identical copy of the data. No engine can do the same writes faster on this database; sweep / floor says how
/// much the per-batch, per-item path costs over it.
/// </summary>
internal static class FloorSql
{
    public static async Task RunAsync(string cs, DateTimeOffset now, DateTimeOffset next, TextWriter log)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var sw = Stopwatch.StartNew();
        await using var tx = await conn.BeginTransactionAsync();
        foreach (var (what, sql) in Statements)
        {
            var step = Stopwatch.StartNew();
            await using var cmd = new NpgsqlCommand(sql, conn, tx) { CommandTimeout = 1800 };
            cmd.Parameters.Add(new NpgsqlParameter("now", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = now.UtcDateTime });
            cmd.Parameters.Add(new NpgsqlParameter("next", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = next.UtcDateTime });
            var n = await cmd.ExecuteNonQueryAsync();
            log.WriteLine($"  floor {what}: {n:N0} rows in {step.Elapsed.TotalSeconds:F1} s");
        }

        await tx.CommitAsync();
        log.WriteLine($"  floor total (one transaction, committed): {sw.Elapsed.TotalSeconds:F1} s");
    }

    // The due watches: all of them on the morning after, first overdue step (one recipient: the person answerable).
    private const string Due = """FROM chs_watches w WHERE w."NextAtUtc" <= @now AND w."AnswerableUserId" IS NOT NULL""";

    private static readonly (string What, string Sql)[] Statements =
    [
        ("reminders", $"""
            INSERT INTO chs_reminders ("Id","TaskId","Step","RecipientUserId","Kind","Counts","AtUtc","DueDate")
            SELECT gen_random_uuid(), w."TaskId", 1, w."AnswerableUserId", 'overdue', true, @now, w."DueDate" {Due}
            """),
        ("audit", $"""
            INSERT INTO sys_audit ("Id","AtUtc","ActorName","EntityType","EntityId","Action","DataJson")
            SELECT gen_random_uuid(), @now, 'system', 'task', w."TaskId", 'chasing.reminder',
                   json_build_object('step', 1, 'dueDate', w."DueDate", 'recipients', json_build_array(json_build_object('userId', w."AnswerableUserId", 'kind', 'overdue', 'counts', true)))::text
            {Due}
            """),
        ("outbox", $"""
            INSERT INTO sys_outbox ("Id","IdempotencyKey","Topic","PayloadJson","CreatedAtUtc","AvailableAtUtc","Attempts")
            SELECT gen_random_uuid(), 'chase:' || w."TaskId" || ':1:' || w."AnswerableUserId", 'notification',
                   json_build_object('recipientUserId', w."AnswerableUserId", 'category', 'overdue',
                       'subject', 'Đôn đốc lần 1: nhiệm vụ “' || t."Title" || '” đã quá hạn',
                       'body', 'Nhiệm vụ “' || t."Title" || '” có hạn ngày ' || to_char(w."DueDate", 'DD/MM/YYYY') || ' đã quá hạn và chưa hoàn thành. Đề nghị khẩn trương hoàn thành, báo cáo kết quả.',
                       'link', '/Tasks/Details/' || w."TaskId")::text,
                   @now, @now, 0
            FROM chs_watches w JOIN task_tasks t ON t."Id" = w."TaskId" WHERE w."NextAtUtc" <= @now AND w."AnswerableUserId" IS NOT NULL
            """),
        ("tallies", $"""
            INSERT INTO chs_tallies ("UserId","Total","SinceClear")
            SELECT w."AnswerableUserId", count(*), count(*) {Due} GROUP BY w."AnswerableUserId"
            ON CONFLICT ("UserId") DO UPDATE SET "Total" = chs_tallies."Total" + excluded."Total", "SinceClear" = chs_tallies."SinceClear" + excluded."SinceClear"
            """),
        // The transfer-review flags of those now at the default threshold (3), with their audit rows; their notices to
        // the unit heads are left out (one per flagged person, a few thousand rows next to a million).
        ("flags", """
            WITH f AS (
                UPDATE chs_tallies SET "FlaggedAtUtc" = @now WHERE "FlaggedAtUtc" IS NULL AND "SinceClear" >= 3 RETURNING "UserId", "SinceClear"),
            ins AS (
                INSERT INTO chs_flags ("Id","UserId","RaisedAtUtc","Count","Threshold")
                SELECT gen_random_uuid(), "UserId", @now, "SinceClear", 3 FROM f RETURNING "Id", "UserId", "Count")
            INSERT INTO sys_audit ("Id","AtUtc","ActorName","EntityType","EntityId","Action","DataJson")
            SELECT gen_random_uuid(), @now, 'system', 'person', "UserId", 'chasing.flagRaised', json_build_object('flagId', "Id", 'count', "Count", 'threshold', 3)::text FROM ins
            """),
        ("watches", """
            UPDATE chs_watches SET "LastStep" = 1, "NextStep" = 2, "NextAtUtc" = @next WHERE "NextAtUtc" <= @now AND "AnswerableUserId" IS NOT NULL
            """),
    ];
}
