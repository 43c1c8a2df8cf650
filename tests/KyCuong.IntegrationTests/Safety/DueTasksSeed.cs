using Npgsql;

namespace KyCuong.IntegrationTests.Safety;

/// <summary>
/// Many open tasks due on one date, written set-based (one INSERT … SELECT per table): a department under the root with
/// its head and 200 specialists, and <c>count</c> tasks led by it, each in the charge of one of the specialists (its lead person and holder, so the one
/// answerable for it). Enough rows for the
/// sweep to take seconds, so a process can be killed in the middle of it.
/// </summary>
internal static class DueTasksSeed
{
    /// <summary>Thursday; the first overdue step falls on Friday 2026-11-20 at 08:00 Vietnam time.</summary>
    public static readonly DateOnly DueDate = new(2026, 11, 19);

    /// <summary>Before every step of the default ladder (courtesy two working days before: Tuesday 2026-11-17).</summary>
    public static readonly DateTimeOffset WeekBefore = new(2026, 11, 12, 10, 0, 0, TimeSpan.FromHours(7));

    /// <summary>The morning after the due date, once the first overdue step is due.</summary>
    public static readonly DateTimeOffset MorningAfter = new(2026, 11, 20, 8, 5, 0, TimeSpan.FromHours(7));

    public static async Task SeedAsync(string connectionString, int count, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            CREATE TEMP TABLE seed_people AS
                SELECT gen_random_uuid() AS id, n FROM generate_series(0, 200) AS n;
            INSERT INTO org_units ("Id","Name","ShortName","Kind","ParentId","Version")
                SELECT @unit, 'Sở thử độ bền của đôn đốc', 'STĐB', 'Department', u."Id", 0 FROM org_units u WHERE u."ParentId" IS NULL;
            INSERT INTO org_unit_closure ("AncestorId","DescendantId","Depth")
                SELECT c."AncestorId", @unit, c."Depth" + 1 FROM org_unit_closure c JOIN org_units u ON u."Id" = c."DescendantId" WHERE u."ParentId" IS NULL
                UNION ALL SELECT @unit, @unit, 0;
            INSERT INTO org_users ("Id","FullName","IsActive","CreatedAtUtc","UserName","NormalizedUserName","EmailConfirmed","SecurityStamp","PhoneNumberConfirmed","TwoFactorEnabled","LockoutEnabled","AccessFailedCount")
                SELECT id, 'Cán bộ thử ' || n, true, @created, 'safety' || n || '.' || @tag, upper('safety' || n || '.' || @tag), false, md5(id::text), false, false, true, 0 FROM seed_people;
            INSERT INTO org_positions ("Id","UserId","UnitId","Title","Roles")
                SELECT gen_random_uuid(), id, @unit, CASE WHEN n = 0 THEN 'Giám đốc' ELSE 'Chuyên viên' END, CASE WHEN n = 0 THEN 2 ELSE 8 END FROM seed_people;
            INSERT INTO task_tasks ("Id","Title","AssignerUnitId","LeadUnitId","LeadUserId","CurrentHolderUserId","ReceivedOn","AssignedAtUtc","DueDate","OriginalDueDate","State","ReturnCount","RerouteCount","ExtensionCount","ReopenCount","Bounced","Version")
                SELECT gen_random_uuid(), 'Nhiệm vụ thử độ bền ' || t, (SELECT "Id" FROM org_units WHERE "ParentId" IS NULL), @unit,
                       p.id, p.id, @received, @created, @due, @due, 'Open', 0, 0, 0, 0, false, 0
                FROM generate_series(1, @count) AS t JOIN seed_people p ON p.n = 1 + (t % 200);
            INSERT INTO task_counters ("UnitId","Kind","DueKey","Count")
                VALUES (@unit, 4, (@due::date - DATE '0001-01-01'), @count)
                ON CONFLICT ("UnitId","Kind","DueKey") DO UPDATE SET "Count" = task_counters."Count" + EXCLUDED."Count";
            ANALYZE;
            """, conn);
        cmd.CommandTimeout = 300;
        cmd.Parameters.AddWithValue("unit", Guid.CreateVersion7());
        cmd.Parameters.AddWithValue("tag", Guid.NewGuid().ToString("N")[..8]);
        cmd.Parameters.AddWithValue("created", new DateTime(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc));
        cmd.Parameters.AddWithValue("received", new DateOnly(2026, 11, 2));
        cmd.Parameters.AddWithValue("due", DueDate);
        cmd.Parameters.AddWithValue("count", count);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// A ladder on the root whose transfer threshold is out of reach, so each due watch has exactly one effect the morning
    /// after: its first overdue reminder to the person answerable for it.
    /// </summary>
    public static Task OneEffectLadderAsync(string connectionString, CancellationToken ct) => ScalarAsync(connectionString, """
        INSERT INTO chs_ladders ("UnitId","BeforeDays","OverdueEveryDays","EscalateHeadFromStep","EscalateMonitorFromStep","SendAtMinute","WorkStartMinute","WorkEndMinute","TransferThreshold","NearDueDays","UpdatedAtUtc","Version")
        SELECT "Id", '2,0', 1, 2, 4, 480, 450, 1020, 1000000, 2, now(), 0 FROM org_units WHERE "ParentId" IS NULL
        ON CONFLICT ("UnitId") DO UPDATE SET "TransferThreshold" = 1000000;
        SELECT 0;
        """, ct);

    /// <summary>
    /// Every first overdue reminder written so far came with its audit row, its outbox notice and its watch's next step,
    /// once each; when <paramref name="expectAllDone"/>, every one of the <paramref name="tasks"/> watches has had its step.
    /// </summary>
    public static async Task AssertEachDueStepOnceAsync(string cs, int tasks, bool expectAllDone, CancellationToken ct)
    {
        var reminders = await DueTasksSeed.ScalarAsync(cs, """SELECT count(*) FROM chs_reminders WHERE "Step" = 1""", ct);
        (await DueTasksSeed.ScalarAsync(cs, """SELECT count(*) FROM (SELECT 1 FROM chs_reminders GROUP BY "TaskId", "Step", "RecipientUserId" HAVING count(*) > 1) d""", ct)).ShouldBe(0);
        (await DueTasksSeed.ScalarAsync(cs, """SELECT count(DISTINCT "TaskId") FROM chs_reminders WHERE "Step" = 1""", ct)).ShouldBe(reminders, "one reminder per task at this step");
        (await DueTasksSeed.ScalarAsync(cs, """SELECT count(*) FROM chs_watches WHERE "LastStep" = 1""", ct)).ShouldBe(reminders, "a watch advanced for each reminder, and only then");
        (await DueTasksSeed.ScalarAsync(cs, """SELECT count(*) FROM chs_reminders r WHERE "Step" = 1 AND NOT EXISTS (SELECT 1 FROM chs_watches w WHERE w."TaskId" = r."TaskId" AND w."LastStep" = 1)""", ct)).ShouldBe(0);
        (await DueTasksSeed.ScalarAsync(cs, AuditOfReminders, ct)).ShouldBe(reminders, "one audit row per reminder");
        (await DueTasksSeed.ScalarAsync(cs, AuditDuplicates, ct)).ShouldBe(0);
        (await DueTasksSeed.ScalarAsync(cs, OutboxOfReminders, ct)).ShouldBe(reminders, "one notice per reminder, waiting in the outbox or in its inbox");
        if (expectAllDone)
        {
            reminders.ShouldBe(tasks);
        }
    }

    // The morning after's rows only (the manual clock stands still while the jobs run): the chasing module's audit action
    // and its outbox keys (chase:{task}:{step}:{recipient}).
    private const string AuditOfReminders = """SELECT count(*) FROM sys_audit WHERE "Action" = 'chasing.reminder' AND "AtUtc" >= '2026-11-20T01:00:00Z'""";
    private const string AuditDuplicates = """SELECT count(*) FROM (SELECT 1 FROM sys_audit WHERE "Action" = 'chasing.reminder' AND "AtUtc" >= '2026-11-20T01:00:00Z' GROUP BY "EntityId" HAVING count(*) > 1) d""";
    // A handled notice leaves the outbox and stands as its inbox entry under the same key (IOutboxBatchHandler.DeleteWhenDone); a
    // key in both (handled, not yet deleted) counts once, and the outbox's and the inbox's unique keys rule out any other double.
    private const string OutboxOfReminders = """
        SELECT count(*) FROM (
            SELECT "IdempotencyKey" FROM sys_outbox WHERE "IdempotencyKey" LIKE 'chase:%:1:%' AND "CreatedAtUtc" >= '2026-11-20T01:00:00Z'
            UNION
            SELECT "SourceKey" FROM ntf_notifications WHERE "SourceKey" LIKE 'chase:%:1:%' AND "CreatedAtUtc" >= '2026-11-20T01:00:00Z') k
        """;

    public static async Task<long> ScalarAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 120 };
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<string> TextAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 120 };
        return (await cmd.ExecuteScalarAsync(ct))?.ToString() ?? "";
    }
}
