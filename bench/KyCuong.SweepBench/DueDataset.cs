using System.Diagnostics;
using KyCuong.Web.Modules.Organisation.Domain;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using NpgsqlTypes;

namespace KyCuong.SweepBench;

/// <summary>
/// The deadline engine's worst morning: <c>tasks</c> open tasks, all due on the same date, spread over a province-shaped
/// organisation (the Government root, 34 provinces with 20 departments each), every task with a lead unit and one of its
/// specialists as the lead person holding it (so the one answerable for it, docs/domain.md §6). Written with binary COPY into a database already migrated by the real
/// migrations; the per-unit counters (ADR 0005) are rebuilt afterwards because COPY bypasses the save interceptor.
/// </summary>
internal sealed class DueDataset(string connectionString, int tasks, DateOnly dueDate, int seed = 2026)
{
    public const string Password = "Tai-kiem-quoc-gia-2026";

    /// <summary>The root unit id the host's seeder uses (RootId), so it finds its root.</summary>
    public static readonly Guid RootId = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    private readonly Random _random = new(seed);

    public async Task GenerateAsync(TextWriter log)
    {
        var sw = Stopwatch.StartNew();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var units = new List<(Guid Id, string Name, string Kind, Guid? Parent)>();
        units.Add((RootId, "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Government", null));
        for (var p = 1; p <= 34; p++)
        {
            var province = Guid.CreateVersion7();
            units.Add((province, $"Ủy ban nhân dân tỉnh số {p}", "Province", RootId));
            for (var s = 1; s <= 20; s++)
            {
                units.Add((Guid.CreateVersion7(), $"Sở {s} tỉnh số {p}", "Department", province));
            }
        }

        await WriteUnitsAsync(conn, units);
        var (leaders, staff) = await WritePeopleAsync(conn, units.Select(u => u.Id).ToList());
        log.WriteLine($"  {units.Count:N0} units, {leaders.Count + staff.Sum(s => s.Value.Length):N0} people in {sw.Elapsed.TotalSeconds:F1} s");
        sw.Restart();
        var taskUnits = units.Where(u => u.Parent is not null).ToArray();
        await WriteTasksAsync(conn, taskUnits, staff);
        log.WriteLine($"  {tasks:N0} open tasks due {dueDate:yyyy-MM-dd} in {sw.Elapsed.TotalSeconds:F1} s");
        sw.Restart();
        await ExecAsync(conn, """
            TRUNCATE task_counters;
            INSERT INTO task_counters ("UnitId", "Kind", "DueKey", "Count")
            SELECT "LeadUnitId", 4, ("DueDate" - DATE '0001-01-01'), count(*) FROM task_tasks GROUP BY "LeadUnitId", "DueDate";
            ANALYZE;
            """);
        log.WriteLine($"  counters and ANALYZE in {sw.Elapsed.TotalSeconds:F1} s");
    }

    public static async Task ExecAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 1800 };
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task WriteUnitsAsync(NpgsqlConnection conn, List<(Guid Id, string Name, string Kind, Guid? Parent)> units)
    {
        await using (var w = await conn.BeginBinaryImportAsync("""COPY org_units ("Id","Name","ShortName","Kind","ParentId","ValidFrom","ValidTo","SuccessorId","Version") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var u in units)
            {
                await w.StartRowAsync();
                await w.WriteAsync(u.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(u.Name, NpgsqlDbType.Varchar);
                await w.WriteAsync(u.Kind == "Department" ? "SỞ" : "UBND", NpgsqlDbType.Varchar);
                await w.WriteAsync(u.Kind, NpgsqlDbType.Varchar);
                if (u.Parent is { } up) { await w.WriteAsync(up, NpgsqlDbType.Uuid); } else { await w.WriteNullAsync(); }
                await w.WriteNullAsync();
                await w.WriteNullAsync();
                await w.WriteNullAsync();
                await w.WriteAsync(0, NpgsqlDbType.Integer);
            }

            await w.CompleteAsync();
        }

        var parent = units.ToDictionary(u => u.Id, u => u.Parent);
        await using (var w = await conn.BeginBinaryImportAsync("""COPY org_unit_closure ("AncestorId","DescendantId","Depth") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var u in units)
            {
                var depth = 0;
                for (Guid? a = u.Id; a is { } ancestor; a = parent[ancestor], depth++)
                {
                    await w.StartRowAsync();
                    await w.WriteAsync(ancestor, NpgsqlDbType.Uuid);
                    await w.WriteAsync(u.Id, NpgsqlDbType.Uuid);
                    await w.WriteAsync(depth, NpgsqlDbType.Integer);
                }
            }

            await w.CompleteAsync();
        }
    }

    private static async Task<(Dictionary<Guid, Guid> Leaders, Dictionary<Guid, Guid[]> Staff)> WritePeopleAsync(NpgsqlConnection conn, List<Guid> unitIds)
    {
        // One real PBKDF2 hash shared by every generated account, so any of them can sign in with the demo password.
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var created = DateTime.SpecifyKind(new DateTime(2026, 1, 1), DateTimeKind.Utc);
        var leaders = new Dictionary<Guid, Guid>();
        var staff = new Dictionary<Guid, Guid[]>();
        var positions = new List<(Guid UserId, Guid UnitId, string Title, int Roles)>();
        var i = 0;
        await using (var w = await conn.BeginBinaryImportAsync("""
            COPY org_users ("Id","FullName","IsActive","CreatedAtUtc","UserName","NormalizedUserName","Email","NormalizedEmail","EmailConfirmed","PasswordHash","SecurityStamp","ConcurrencyStamp","PhoneNumber","PhoneNumberConfirmed","TwoFactorEnabled","LockoutEnd","LockoutEnabled","AccessFailedCount") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var unit in unitIds.Skip(1))
            {
                var members = new Guid[4];
                for (var k = 0; k < 4; k++)
                {
                    var id = Guid.CreateVersion7();
                    members[k] = id;
                    var userName = $"s{i++:D6}";
                    positions.Add((id, unit, k == 0 ? "Thủ trưởng" : "Chuyên viên", k == 0 ? 2 : 8));
                    await w.StartRowAsync();
                    await w.WriteAsync(id, NpgsqlDbType.Uuid);
                    await w.WriteAsync($"Cán bộ {i}", NpgsqlDbType.Varchar);
                    await w.WriteAsync(true, NpgsqlDbType.Boolean);
                    await w.WriteAsync(created, NpgsqlDbType.TimestampTz);
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

                leaders[unit] = members[0];
                staff[unit] = members[1..];
            }

            await w.CompleteAsync();
        }

        await using (var p = await conn.BeginBinaryImportAsync("""COPY org_positions ("Id","UserId","UnitId","Title","Roles","ValidFrom","ValidTo") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (uid, unit, title, roles) in positions)
            {
                await p.StartRowAsync();
                await p.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await p.WriteAsync(uid, NpgsqlDbType.Uuid);
                await p.WriteAsync(unit, NpgsqlDbType.Uuid);
                await p.WriteAsync(title, NpgsqlDbType.Varchar);
                await p.WriteAsync(roles, NpgsqlDbType.Integer);
                await p.WriteNullAsync();
                await p.WriteNullAsync();
            }

            await p.CompleteAsync();
        }

        return (leaders, staff);
    }

    private async Task WriteTasksAsync(NpgsqlConnection conn, (Guid Id, string Name, string Kind, Guid? Parent)[] taskUnits, Dictionary<Guid, Guid[]> staff)
    {
        await using var w = await conn.BeginBinaryImportAsync("""
            COPY task_tasks ("Id","Title","Description","SourceDocumentId","ClauseRef","ParentTaskId","AssignerUnitId","AssignedByUserId","LeadUnitId","LeadUserId","CurrentHolderUserId","ReceivedOn","AssignedAtUtc","DueDate","OriginalDueDate","WorkingDays","State","CompletedOn","CompletedAtUtc","Result","ResultDocumentId","ProgressPercent","LastProgressNote","LastProgressAtUtc","ReturnCount","RerouteCount","ExtensionCount","ReopenCount","Bounced","RecurringDutyId","PeriodKey","Version") FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < tasks; i++)
        {
            var unit = taskUnits[_random.Next(taskUnits.Length)];
            var received = dueDate.AddDays(-10 - _random.Next(30));
            var holder = staff[unit.Id][_random.Next(3)];
            await w.StartRowAsync();
            await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await w.WriteAsync($"Nhiệm vụ {i}: báo cáo kết quả thực hiện chỉ đạo về chấn chỉnh kỷ luật, kỷ cương hành chính", NpgsqlDbType.Varchar);
            await w.WriteNullAsync();
            await w.WriteNullAsync();
            await w.WriteNullAsync();
            await w.WriteNullAsync();
            await w.WriteAsync(unit.Parent!.Value, NpgsqlDbType.Uuid);
            await w.WriteNullAsync();
            await w.WriteAsync(unit.Id, NpgsqlDbType.Uuid);
            await w.WriteAsync(holder, NpgsqlDbType.Uuid);
            await w.WriteAsync(holder, NpgsqlDbType.Uuid);
            await w.WriteAsync(received, NpgsqlDbType.Date);
            await w.WriteAsync(DateTime.SpecifyKind(received.ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc), NpgsqlDbType.TimestampTz);
            await w.WriteAsync(dueDate, NpgsqlDbType.Date);
            await w.WriteAsync(dueDate, NpgsqlDbType.Date);
            await w.WriteNullAsync();
            await w.WriteAsync("Open", NpgsqlDbType.Varchar);
            await w.WriteNullAsync();
            await w.WriteNullAsync();
            await w.WriteNullAsync();
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
        }

        await w.CompleteAsync();
    }
}
