using System.Diagnostics;
using KyCuong.Web.Modules.Organisation.Domain;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using NpgsqlTypes;

namespace KyCuong.LoadTests;

/// <summary>
/// A national-size organisation and workload, written with binary COPY: the Government, ministries, 34 provinces,
/// their departments, divisions and communes (≥ 5,000 units), people holding positions (≥ 100,000) and tasks with a
/// realistic status mix and history (≥ 2,000,000). Deterministic for a given seed. With <paramref name="firstProvince"/> the
/// first province has exactly that many departments (each with three divisions) and communes, the others share the rest
/// (bench/KyCuong.ReportBench: one province's reports).
/// </summary>
internal sealed class NationalDataset(string connectionString, int units, int people, int tasks, int seed = 2026,
    (int Departments, int Communes)? firstProvince = null)
{
    public const string Password = "Tai-kiem-quoc-gia-2026";

    public const string CountersBackfill = """
        TRUNCATE task_counters;
        INSERT INTO task_counters ("UnitId", "Kind", "DueKey", "Count")
        SELECT "LeadUnitId", kind, duekey, count(*)
        FROM (
            SELECT "LeadUnitId",
                CASE WHEN "CompletedOn" IS NOT NULL THEN (CASE WHEN "DueDate" IS NULL THEN 0 WHEN "CompletedOn" <= "DueDate" THEN 1 ELSE 2 END)
                     ELSE (CASE WHEN "DueDate" IS NULL THEN 3 ELSE 4 END) END AS kind,
                CASE WHEN "CompletedOn" IS NULL AND "DueDate" IS NOT NULL THEN ("DueDate" - DATE '0001-01-01') ELSE 0 END AS duekey
            FROM task_tasks
        ) t
        GROUP BY "LeadUnitId", kind, duekey
        """;

    private readonly Random _random = new(seed);

    public List<Guid> UnitIds { get; } = [];

    public Dictionary<Guid, Guid?> Parent { get; } = [];

    public Guid RootId { get; private set; }

    /// <summary>The 34 provinces in order ("Ủy ban nhân dân tỉnh số 1" first).</summary>
    public List<Guid> ProvinceIds { get; } = [];

    public List<(Guid UserId, string UserName, Guid UnitId)> Specialists { get; } = [];

    public List<(Guid UserId, string UserName, Guid UnitId)> Leaders { get; } = [];

    /// <summary>Reads back the ids a measurement needs from a dataset generated earlier.</summary>
    public async Task LoadAsync()
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using (var cmd = new NpgsqlCommand("""SELECT "Id", "ParentId" FROM org_units""", conn))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                var id = r.GetGuid(0);
                Guid? parent = r.IsDBNull(1) ? null : r.GetGuid(1);
                UnitIds.Add(id);
                Parent[id] = parent;
                if (parent is null)
                {
                    RootId = id;
                }
            }
        }

        await using (var cmd = new NpgsqlCommand("""SELECT p."UserId", u."UserName", p."UnitId", p."Roles" FROM org_positions p JOIN org_users u ON u."Id" = p."UserId" WHERE u."UserName" LIKE 'u%' ORDER BY u."UserName" """, conn))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                (r.GetInt32(3) == 2 ? Leaders : Specialists).Add((r.GetGuid(0), r.GetString(1), r.GetGuid(2)));
            }
        }
    }

    public async Task GenerateAsync(TextWriter log)
    {
        var sw = Stopwatch.StartNew();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await GenerateUnitsAsync(conn);
        log.WriteLine($"  {UnitIds.Count:N0} units and closure rows in {sw.Elapsed.TotalSeconds:F1} s");
        sw.Restart();
        await GeneratePeopleAsync(conn);
        log.WriteLine($"  {people:N0} people with positions in {sw.Elapsed.TotalSeconds:F1} s");
        sw.Restart();
        var (taskRows, auditRows) = await GenerateTasksAsync(conn);
        log.WriteLine($"  {taskRows:N0} tasks, {auditRows:N0} history rows in {sw.Elapsed.TotalSeconds:F1} s");
        sw.Restart();

        // COPY bypasses the application's save interceptor, so build the per-unit counters (ADR 0005) the way migration 6 backfills them.
        await using (var cmd = new NpgsqlCommand(CountersBackfill, conn))
        {
            cmd.CommandTimeout = 600;
            await cmd.ExecuteNonQueryAsync();
        }

        log.WriteLine($"  task counters in {sw.Elapsed.TotalSeconds:F1} s");
        sw.Restart();
        await using (var cmd = new NpgsqlCommand("ANALYZE", conn))
        {
            cmd.CommandTimeout = 600;
            await cmd.ExecuteNonQueryAsync();
        }

        log.WriteLine($"  ANALYZE in {sw.Elapsed.TotalSeconds:F1} s");
    }

    private async Task GenerateUnitsAsync(NpgsqlConnection conn)
    {
        var rows = new List<(Guid Id, string Name, string Short, string Kind, Guid? Parent)>();
        Guid Add(string name, string shortName, string kind, Guid? parent)
        {
            var id = Guid.CreateVersion7();
            rows.Add((id, name, shortName, kind, parent));
            UnitIds.Add(id);
            Parent[id] = parent;
            return id;
        }

        RootId = Add("Chính phủ", "CP", "Government", null);
        for (var m = 1; m <= 30; m++)
        {
            var ministry = Add($"Bộ số {m}", $"B{m}", "Ministry", RootId);
            for (var d = 1; d <= 8; d++)
            {
                Add($"Vụ {d} thuộc Bộ số {m}", $"V{d}", "Division", ministry);
            }
        }

        const int provinces = 34;
        var remaining = units - UnitIds.Count;
        var shaped = firstProvince is { } f ? 1 + f.Departments * 4 + f.Communes : 0;
        for (var p = 1; p <= provinces; p++)
        {
            // Every unit is placed: the remainder of the division goes to the first provinces (after the shaped one, if any).
            var others = remaining - shaped;
            var rest = firstProvince is null ? p : p - 1;
            var perProvince = firstProvince is not null && p == 1 ? shaped
                : firstProvince is null ? remaining / provinces + (p <= remaining % provinces ? 1 : 0)
                : others / (provinces - 1) + (rest <= others % (provinces - 1) ? 1 : 0);
            var departments = firstProvince is not null && p == 1 ? firstProvince.Value.Departments : 20;
            var province = Add($"Ủy ban nhân dân tỉnh số {p}", "UBND", "Province", RootId);
            ProvinceIds.Add(province);
            var made = 1;
            for (var s = 1; s <= departments && made < perProvince; s++)
            {
                var dept = Add($"Sở {s} tỉnh số {p}", $"S{s}", "Department", province);
                made++;
                for (var d = 1; d <= 3 && made < perProvince; d++, made++)
                {
                    Add($"Phòng {d} Sở {s} tỉnh số {p}", $"P{d}", "Division", dept);
                }
            }

            for (var c = 1; made < perProvince; c++, made++)
            {
                Add($"Ủy ban nhân dân xã {c} tỉnh số {p}", "UBND", "Commune", province);
            }
        }

        await using (var w = await conn.BeginBinaryImportAsync("""COPY org_units ("Id","Name","ShortName","Kind","ParentId","ValidFrom","ValidTo","SuccessorId","Version") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var r in rows)
            {
                await w.StartRowAsync();
                await w.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(r.Name, NpgsqlDbType.Varchar);
                await w.WriteAsync(r.Short, NpgsqlDbType.Varchar);
                await w.WriteAsync(r.Kind, NpgsqlDbType.Varchar);
                if (r.Parent is { } parent) { await w.WriteAsync(parent, NpgsqlDbType.Uuid); } else { await w.WriteNullAsync(); }
                await w.WriteNullAsync();
                await w.WriteNullAsync();
                await w.WriteNullAsync();
                await w.WriteAsync(0, NpgsqlDbType.Integer);
            }

            await w.CompleteAsync();
        }

        await using (var w = await conn.BeginBinaryImportAsync("""COPY org_unit_closure ("AncestorId","DescendantId","Depth") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var id in UnitIds)
            {
                var depth = 0;
                for (Guid? a = id; a is { } ancestor; a = Parent[ancestor], depth++)
                {
                    await w.StartRowAsync();
                    await w.WriteAsync(ancestor, NpgsqlDbType.Uuid);
                    await w.WriteAsync(id, NpgsqlDbType.Uuid);
                    await w.WriteAsync(depth, NpgsqlDbType.Integer);
                }
            }

            await w.CompleteAsync();
        }
    }

    private async Task GeneratePeopleAsync(NpgsqlConnection conn)
    {
        // One real PBKDF2 hash shared by every generated account, so any of them can sign in with the demo password.
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var now = DateTime.SpecifyKind(new DateTime(2026, 1, 1), DateTimeKind.Utc);
        var leaves = UnitIds.Where(u => u != RootId).ToList();
        var list = new List<(Guid Id, Guid UserId, Guid UnitId, string Title, int Roles)>();
        await using (var w = await conn.BeginBinaryImportAsync("""
            COPY org_users ("Id","FullName","IsActive","CreatedAtUtc","UserName","NormalizedUserName","Email","NormalizedEmail","EmailConfirmed","PasswordHash","SecurityStamp","ConcurrencyStamp","PhoneNumber","PhoneNumberConfirmed","TwoFactorEnabled","LockoutEnd","LockoutEnabled","AccessFailedCount") FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < people; i++)
            {
                var id = Guid.CreateVersion7();
                var userName = $"u{i:D6}";
                var unit = i < leaves.Count ? leaves[i] : leaves[_random.Next(leaves.Count)];
                var isLeader = i < leaves.Count;
                (isLeader ? Leaders : Specialists).Add((id, userName, unit));
                list.Add((Guid.CreateVersion7(), id, unit, isLeader ? "Thủ trưởng" : "Chuyên viên", isLeader ? 2 : 8));
                await w.StartRowAsync();
                await w.WriteAsync(id, NpgsqlDbType.Uuid);
                await w.WriteAsync($"Cán bộ {i}", NpgsqlDbType.Varchar);
                await w.WriteAsync(true, NpgsqlDbType.Boolean);
                await w.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(userName, NpgsqlDbType.Varchar);
                await w.WriteAsync(userName.ToUpperInvariant(), NpgsqlDbType.Varchar);
                await w.WriteNullAsync();
                await w.WriteNullAsync();
                await w.WriteAsync(false, NpgsqlDbType.Boolean);
                await w.WriteAsync(hash, NpgsqlDbType.Text);
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
        }

        {
            await using var p = await conn.BeginBinaryImportAsync("""COPY org_positions ("Id","UserId","UnitId","Title","Roles","ValidFrom","ValidTo") FROM STDIN (FORMAT BINARY)""");
            foreach (var (pid, uid, unit, title, roles) in list)
            {
                await p.StartRowAsync();
                await p.WriteAsync(pid, NpgsqlDbType.Uuid);
                await p.WriteAsync(uid, NpgsqlDbType.Uuid);
                await p.WriteAsync(unit, NpgsqlDbType.Uuid);
                await p.WriteAsync(title, NpgsqlDbType.Varchar);
                await p.WriteAsync(roles, NpgsqlDbType.Integer);
                await p.WriteNullAsync();
                await p.WriteNullAsync();
            }

            await p.CompleteAsync();
        }
    }

    private async Task<(long Tasks, long Audit)> GenerateTasksAsync(NpgsqlConnection conn)
    {
        var today = new DateOnly(2026, 11, 23);
        var start = new DateOnly(2024, 1, 1);
        var span = today.DayNumber - start.DayNumber;
        var byUnit = Specialists.GroupBy(s => s.UnitId).ToDictionary(g => g.Key, g => g.Select(x => x.UserId).ToArray());
        var leaderOf = Leaders.GroupBy(l => l.UnitId).ToDictionary(g => g.Key, g => g.First().UserId);
        var taskUnits = UnitIds.Where(u => u != RootId).ToArray();
        long audit = 0;
        var coordinators = new List<(Guid Task, Guid Unit)>();
        var history = new List<(Guid Task, DateTime At, string Action, Guid? Actor)>();
        await using var w = await conn.BeginBinaryImportAsync("""
            COPY task_tasks ("Id","Title","Description","SourceDocumentId","ClauseRef","ParentTaskId","AssignerUnitId","AssignedByUserId","LeadUnitId","LeadUserId","CurrentHolderUserId","ReceivedOn","AssignedAtUtc","DueDate","OriginalDueDate","WorkingDays","State","CompletedOn","CompletedAtUtc","Result","ResultDocumentId","ProgressPercent","LastProgressNote","LastProgressAtUtc","ReturnCount","RerouteCount","ExtensionCount","ReopenCount","Bounced","RecurringDutyId","PeriodKey","Version") FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < tasks; i++)
        {
            var id = Guid.CreateVersion7();
            var lead = taskUnits[_random.Next(taskUnits.Length)];
            var assigner = Parent[lead] ?? RootId;
            var received = start.AddDays(_random.Next(span));
            DateOnly? due = _random.NextDouble() < 0.08 ? null : received.AddDays(5 + _random.Next(40));
            var roll = _random.NextDouble();
            DateOnly? completed = null;
            if (due is { } d && d < today)
            {
                // Past deadlines: ≈ 86% done on time, 10% done late, 4% still open overdue (VPCP 2024–2025 orders of magnitude).
                completed = roll < 0.86 ? received.AddDays(_random.Next(Math.Max(1, d.DayNumber - received.DayNumber + 1)))
                    : roll < 0.96 ? d.AddDays(1 + _random.Next(20)) : null;
                if (completed > today) { completed = today; }
            }
            else if (roll < 0.35)
            {
                completed = received.AddDays(_random.Next(Math.Max(1, today.DayNumber - received.DayNumber + 1)));
            }

            Guid? holder = byUnit.TryGetValue(lead, out var staff) ? staff[_random.Next(staff.Length)] : null;
            var leadUser = leaderOf.GetValueOrDefault(lead);
            var assignedAt = DateTime.SpecifyKind(received.ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);
            await w.StartRowAsync();
            await w.WriteAsync(id, NpgsqlDbType.Uuid);
            await w.WriteAsync($"Nhiệm vụ {i}: triển khai chỉ đạo về chấn chỉnh kỷ luật, kỷ cương hành chính", NpgsqlDbType.Varchar);
            await w.WriteNullAsync();
            await w.WriteNullAsync();
            await w.WriteNullAsync();
            await w.WriteNullAsync();
            await w.WriteAsync(assigner, NpgsqlDbType.Uuid);
            await w.WriteNullAsync();
            await w.WriteAsync(lead, NpgsqlDbType.Uuid);
            if (leadUser != Guid.Empty) { await w.WriteAsync(leadUser, NpgsqlDbType.Uuid); } else { await w.WriteNullAsync(); }
            if (holder is { } h) { await w.WriteAsync(h, NpgsqlDbType.Uuid); } else { await w.WriteNullAsync(); }
            await w.WriteAsync(received, NpgsqlDbType.Date);
            await w.WriteAsync(assignedAt, NpgsqlDbType.TimestampTz);
            if (due is { } dd) { await w.WriteAsync(dd, NpgsqlDbType.Date); await w.WriteAsync(dd, NpgsqlDbType.Date); } else { await w.WriteNullAsync(); await w.WriteNullAsync(); }
            await w.WriteNullAsync();
            await w.WriteAsync(completed is null ? "Open" : "Completed", NpgsqlDbType.Varchar);
            if (completed is { } c)
            {
                await w.WriteAsync(c, NpgsqlDbType.Date);
                await w.WriteAsync(DateTime.SpecifyKind(c.ToDateTime(new TimeOnly(8, 0)), DateTimeKind.Utc), NpgsqlDbType.TimestampTz);
                await w.WriteAsync("Đã hoàn thành, có báo cáo kết quả.", NpgsqlDbType.Varchar);
            }
            else
            {
                await w.WriteNullAsync();
                await w.WriteNullAsync();
                await w.WriteNullAsync();
            }

            await w.WriteNullAsync();
            await w.WriteNullAsync();
            await w.WriteNullAsync();
            await w.WriteNullAsync();
            await w.WriteAsync(0, NpgsqlDbType.Integer);
            await w.WriteAsync(0, NpgsqlDbType.Integer);
            await w.WriteAsync(0, NpgsqlDbType.Integer);
            await w.WriteAsync(0, NpgsqlDbType.Integer);
            await w.WriteAsync(false, NpgsqlDbType.Boolean);
            await w.WriteNullAsync();
            await w.WriteNullAsync();
            await w.WriteAsync(0, NpgsqlDbType.Integer);
            if (_random.NextDouble() < 0.3)
            {
                coordinators.Add((id, taskUnits[_random.Next(taskUnits.Length)]));
            }

            history.Add((id, assignedAt, "created", null));
            if (completed is { } done)
            {
                history.Add((id, DateTime.SpecifyKind(done.ToDateTime(new TimeOnly(8, 0)), DateTimeKind.Utc), "completed", holder));
            }
        }

        await w.CompleteAsync();
        await w.DisposeAsync();
        await using (var cw = await conn.BeginBinaryImportAsync("""COPY task_coordinators ("TaskId","UnitId") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (t, u) in coordinators.DistinctBy(c => c))
            {
                await cw.StartRowAsync();
                await cw.WriteAsync(t, NpgsqlDbType.Uuid);
                await cw.WriteAsync(u, NpgsqlDbType.Uuid);
            }

            await cw.CompleteAsync();
        }

        await using (var aw = await conn.BeginBinaryImportAsync("""COPY sys_audit ("Id","AtUtc","ActorUserId","ActorName","EntityType","EntityId","Action","Reason","DataJson","Sequence","PreviousHash","Hash","SealedAtUtc") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (t, at, action, actor) in history)
            {
                await aw.StartRowAsync();
                await aw.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await aw.WriteAsync(at, NpgsqlDbType.TimestampTz);
                if (actor is { } a) { await aw.WriteAsync(a, NpgsqlDbType.Uuid); } else { await aw.WriteNullAsync(); }
                await aw.WriteAsync(actor is null ? "generator" : "u", NpgsqlDbType.Varchar);
                await aw.WriteAsync("task", NpgsqlDbType.Varchar);
                await aw.WriteAsync(t, NpgsqlDbType.Uuid);
                await aw.WriteAsync(action, NpgsqlDbType.Varchar);
                await aw.WriteNullAsync();
                await aw.WriteNullAsync();
                await aw.WriteNullAsync();
                await aw.WriteNullAsync();
                await aw.WriteNullAsync();
                await aw.WriteNullAsync();
                audit++;
            }

            await aw.CompleteAsync();
        }

        return (tasks, audit);
    }
}
