using System.Diagnostics;
using KyCuong.Web.Modules.Organisation.Domain;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using NpgsqlTypes;

namespace KyCuong.LoadTests;

/// <summary>
/// One province's organisation and a year of its work, written with binary COPY into a database migrated by the real migrations
/// (docs/performance.md "Evaluation of a province's quarter"): the provincial People's Committee, 20 departments with their divisions,
/// communes with their offices and public service units (≈ 3,000 units), officials holding positions (≈ 40,000: a head and for larger
/// units a deputy in each, the rest specialists) and tasks received 2026-01-02…2026-11-20 (≈ 2,000,000) with their history as the
/// evaluation reads it: the step to the holder (15 % first with a colleague), extensions (6 %, most approved), completions (some
/// late), reviews of half the completions (some not met, a few with a major content error) and a product type on 10 % of tasks.
/// Deterministic for a given seed.
/// </summary>
internal sealed class ProvinceDataset(string connectionString, int units, int people, int tasks, int seed = 2026)
{
    public const string Password = NationalDataset.Password;

    private readonly Random _random = new(seed);

    public List<Guid> UnitIds { get; } = [];

    public Dictionary<Guid, Guid?> Parent { get; } = [];

    public Guid RootId { get; private set; }

    public List<(Guid UserId, string UserName, Guid UnitId)> Specialists { get; } = [];

    public List<(Guid UserId, string UserName, Guid UnitId)> Leaders { get; } = [];

    public List<(Guid UserId, string UserName, Guid UnitId)> Deputies { get; } = [];

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

        await using (var cmd = new NpgsqlCommand("""SELECT p."UserId", u."UserName", p."UnitId", p."Roles" FROM org_positions p JOIN org_users u ON u."Id" = p."UserId" WHERE u."UserName" LIKE 'p%' ORDER BY u."UserName" """, conn))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                (r.GetInt32(3) switch { 2 => Leaders, 4 => Deputies, _ => Specialists }).Add((r.GetGuid(0), r.GetString(1), r.GetGuid(2)));
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
        var rows = await GenerateTasksAsync(conn);
        log.WriteLine($"  {tasks:N0} tasks with {rows} in {sw.Elapsed.TotalSeconds:F1} s");
        sw.Restart();
        foreach (var sql in new[] { NationalDataset.CountersBackfill, "ANALYZE" })
        {
            await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 1200 };
            await cmd.ExecuteNonQueryAsync();
        }

        log.WriteLine($"  task counters and ANALYZE in {sw.Elapsed.TotalSeconds:F1} s");
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

        RootId = Add("Ủy ban nhân dân tỉnh Thử Nghiệm", "UBND", "Province", null);
        for (var s = 1; s <= 20 && UnitIds.Count < units; s++)
        {
            var dept = Add($"Sở {s} tỉnh Thử Nghiệm", $"S{s}", "Department", RootId);
            for (var d = 1; d <= 8 && UnitIds.Count < units; d++)
            {
                Add($"Phòng {d} Sở {s}", $"P{d}", "Division", dept);
            }
        }

        // Communes: each with its offices and public service units (schools, health stations), 12 units a commune.
        for (var c = 1; UnitIds.Count < units; c++)
        {
            var commune = Add($"Ủy ban nhân dân xã {c} tỉnh Thử Nghiệm", "UBND", "Commune", RootId);
            string[] offices = ["Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công"];
            foreach (var o in offices.TakeWhile(_ => UnitIds.Count < units))
            {
                Add($"{o} xã {c}", "P", "Office", commune);
            }

            for (var k = 1; k <= 7 && UnitIds.Count < units; k++)
            {
                Add(k <= 5 ? $"Trường học {k} xã {c}" : $"Trạm y tế {k - 5} xã {c}", "DV", "PublicServiceUnit", commune);
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
        // One real PBKDF2 hash shared by every generated account, so any of them can sign in with the benchmark password.
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var now = DateTime.SpecifyKind(new DateTime(2025, 12, 1), DateTimeKind.Utc);

        // A head in every unit; a deputy in every unit but the public service units; specialists spread, twice as many in departments' divisions.
        var list = new List<(Guid UserId, Guid UnitId, string Title, int Roles)>();
        var deputyUnits = UnitIds.Where((u, i) => i % 12 != 0 || Parent[u] is null).ToList();
        var weighted = UnitIds.Where(u => u != RootId).SelectMany(u => Enumerable.Repeat(u, Parent[u] == RootId ? 1 : 2)).ToArray();
        for (var i = 0; i < people; i++)
        {
            var (unit, roles, title) = i < UnitIds.Count ? (UnitIds[i], 2, "Thủ trưởng")
                : i - UnitIds.Count < deputyUnits.Count / 3 ? (deputyUnits[i - UnitIds.Count], 4, "Phó Thủ trưởng")
                : (weighted[_random.Next(weighted.Length)], 8, "Chuyên viên");
            list.Add((Guid.CreateVersion7(), unit, title, roles));
        }

        await using (var w = await conn.BeginBinaryImportAsync("""
            COPY org_users ("Id","FullName","IsActive","CreatedAtUtc","UserName","NormalizedUserName","Email","NormalizedEmail","EmailConfirmed","PasswordHash","SecurityStamp","ConcurrencyStamp","PhoneNumber","PhoneNumberConfirmed","TwoFactorEnabled","LockoutEnd","LockoutEnabled","AccessFailedCount") FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < list.Count; i++)
            {
                var userName = $"p{i:D6}";
                var (id, unit, _, roles) = list[i];
                (roles switch { 2 => Leaders, 4 => Deputies, _ => Specialists }).Add((id, userName, unit));
                await w.StartRowAsync();
                await w.WriteAsync(id, NpgsqlDbType.Uuid);
                await w.WriteAsync($"Công chức {i}", NpgsqlDbType.Varchar);
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

        await using var p = await conn.BeginBinaryImportAsync("""COPY org_positions ("Id","UserId","UnitId","Title","Roles","ValidFrom","ValidTo") FROM STDIN (FORMAT BINARY)""");
        foreach (var (uid, unit, title, roles) in list)
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

    private static DateTime At(DateOnly day, int hourUtc) => DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(hourUtc, 0)), DateTimeKind.Utc);

    private async Task<string> GenerateTasksAsync(NpgsqlConnection conn)
    {
        var today = new DateOnly(2026, 12, 1);
        var start = new DateOnly(2026, 1, 2);
        var span = new DateOnly(2026, 11, 20).DayNumber - start.DayNumber;
        var staffOf = Specialists.GroupBy(s => s.UnitId).ToDictionary(g => g.Key, g => g.Select(x => x.UserId).ToArray());
        var headOf = Leaders.GroupBy(l => l.UnitId).ToDictionary(g => g.Key, g => g.First().UserId);
        var taskUnits = UnitIds.Where(u => u != RootId).ToArray();
        var handoffs = new List<(Guid Task, Guid? From, Guid To, DateTime At, DateTime? Ended)>();
        var extensions = new List<(Guid Task, Guid? By, DateTime At, DateOnly Previous, DateOnly Requested, bool Approved, Guid? DecidedBy, DateTime DecidedAt)>();
        var reviews = new List<(Guid Task, bool Met, bool Major, Guid Holder, DateOnly CompletedOn, DateTime At, Guid? By)>();
        var products = new List<(Guid Task, int Group, decimal Points)>();
        await using (var w = await conn.BeginBinaryImportAsync("""
            COPY task_tasks ("Id","Title","Description","SourceDocumentId","ClauseRef","ParentTaskId","AssignerUnitId","AssignedByUserId","LeadUnitId","LeadUserId","CurrentHolderUserId","ReceivedOn","AssignedAtUtc","DueDate","OriginalDueDate","WorkingDays","State","CompletedOn","CompletedAtUtc","Result","ResultDocumentId","ProgressPercent","LastProgressNote","LastProgressAtUtc","ReturnCount","RerouteCount","ExtensionCount","ReopenCount","Bounced","RecurringDutyId","PeriodKey","Version") FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < tasks; i++)
            {
                var id = Guid.CreateVersion7();
                var lead = taskUnits[_random.Next(taskUnits.Length)];
                var assigner = Parent[lead] ?? RootId;
                var assignedBy = headOf.GetValueOrDefault(assigner);
                var leadUser = headOf.GetValueOrDefault(lead);
                Guid? holder = staffOf.TryGetValue(lead, out var staff) ? staff[_random.Next(staff.Length)] : leadUser;
                if (holder == Guid.Empty)
                {
                    holder = null;
                }

                var received = start.AddDays(_random.Next(span));
                var assignedAt = At(received, 2);
                var originalDue = received.AddDays(5 + _random.Next(40));
                var due = originalDue;
                var extensionCount = 0;
                if (_random.NextDouble() < 0.06)
                {
                    var asked = received.AddDays(Math.Max(1, (originalDue.DayNumber - received.DayNumber) / 2));
                    var requested = originalDue.AddDays(5 + _random.Next(15));
                    var approved = _random.NextDouble() < 0.8;
                    extensions.Add((id, holder, At(asked, 3), originalDue, requested, approved, assignedBy, At(asked.AddDays(1), 3)));
                    extensionCount = 1;
                    if (approved)
                    {
                        due = requested;
                    }
                }

                // Past deadlines: ≈ 86 % done on time, 10 % done late, 4 % still open overdue (as NationalDataset).
                var roll = _random.NextDouble();
                DateOnly? completed = null;
                if (due < today)
                {
                    completed = roll < 0.86 ? received.AddDays(_random.Next(Math.Max(1, due.DayNumber - received.DayNumber + 1)))
                        : roll < 0.96 ? due.AddDays(1 + _random.Next(20)) : null;
                    if (completed > today)
                    {
                        completed = today;
                    }
                }
                else if (roll < 0.35)
                {
                    completed = received.AddDays(_random.Next(Math.Max(1, today.DayNumber - received.DayNumber + 1)));
                }

                DateTime? completedAt = completed is { } c ? At(c, 8) : null;
                var stepAt = assignedAt.AddHours(1);
                if (holder is { } h)
                {
                    if (staff is { Length: > 1 } && _random.NextDouble() < 0.15)
                    {
                        // First with a colleague, handed on to the holder a few days later.
                        var first = staff[_random.Next(staff.Length)];
                        var handedOn = At(received.AddDays(1 + _random.Next(3)), 4);
                        if (completedAt is null || handedOn < completedAt)
                        {
                            handoffs.Add((id, leadUser, first, stepAt, handedOn));
                            stepAt = handedOn;
                        }
                    }

                    handoffs.Add((id, leadUser, h, stepAt, completedAt));
                    if (completed is { } done && _random.NextDouble() < 0.5)
                    {
                        var met = _random.NextDouble() < 0.93;
                        reviews.Add((id, met, !met && _random.NextDouble() < 0.4, h, done, At(done.AddDays(1), 6), assignedBy));
                    }
                }

                if (_random.NextDouble() < 0.1)
                {
                    var group = 1 + _random.Next(5);
                    products.Add((id, group, group * 5 + _random.Next(5)));
                }

                await w.StartRowAsync();
                await w.WriteAsync(id, NpgsqlDbType.Uuid);
                await w.WriteAsync($"Nhiệm vụ {i}: triển khai kế hoạch công tác của tỉnh", NpgsqlDbType.Varchar);
                await w.WriteNullAsync();
                await w.WriteNullAsync();
                await w.WriteNullAsync();
                await w.WriteNullAsync();
                await w.WriteAsync(assigner, NpgsqlDbType.Uuid);
                if (assignedBy != Guid.Empty) { await w.WriteAsync(assignedBy, NpgsqlDbType.Uuid); } else { await w.WriteNullAsync(); }
                await w.WriteAsync(lead, NpgsqlDbType.Uuid);
                if (leadUser != Guid.Empty) { await w.WriteAsync(leadUser, NpgsqlDbType.Uuid); } else { await w.WriteNullAsync(); }
                if (holder is { } hh) { await w.WriteAsync(hh, NpgsqlDbType.Uuid); } else { await w.WriteNullAsync(); }
                await w.WriteAsync(received, NpgsqlDbType.Date);
                await w.WriteAsync(assignedAt, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(due, NpgsqlDbType.Date);
                await w.WriteAsync(originalDue, NpgsqlDbType.Date);
                await w.WriteNullAsync();
                await w.WriteAsync(completed is null ? "Open" : "Completed", NpgsqlDbType.Varchar);
                if (completed is { } cc)
                {
                    await w.WriteAsync(cc, NpgsqlDbType.Date);
                    await w.WriteAsync(completedAt!.Value, NpgsqlDbType.TimestampTz);
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
                await w.WriteAsync(extensionCount, NpgsqlDbType.Integer);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
                await w.WriteAsync(false, NpgsqlDbType.Boolean);
                await w.WriteNullAsync();
                await w.WriteNullAsync();
                await w.WriteAsync(0, NpgsqlDbType.Integer);
            }

            await w.CompleteAsync();
        }

        await using (var w = await conn.BeginBinaryImportAsync("""COPY task_handoffs ("Id","TaskId","FromUserId","ToUserId","AtUtc","StepDueDate","Note","EndedAtUtc") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (task, from, to, at, ended) in handoffs)
            {
                await w.StartRowAsync();
                await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await w.WriteAsync(task, NpgsqlDbType.Uuid);
                if (from is { } f && f != Guid.Empty) { await w.WriteAsync(f, NpgsqlDbType.Uuid); } else { await w.WriteNullAsync(); }
                await w.WriteAsync(to, NpgsqlDbType.Uuid);
                await w.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await w.WriteNullAsync();
                await w.WriteNullAsync();
                if (ended is { } e) { await w.WriteAsync(e, NpgsqlDbType.TimestampTz); } else { await w.WriteNullAsync(); }
            }

            await w.CompleteAsync();
        }

        await using (var w = await conn.BeginBinaryImportAsync("""COPY task_extensions ("Id","TaskId","RequestedByUserId","RequestedAtUtc","Reason","PreviousDueDate","RequestedDueDate","State","DecidedByUserId","DecidedAtUtc","DecisionNote","Version") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (task, by, at, previous, requested, approved, decidedBy, decidedAt) in extensions)
            {
                await w.StartRowAsync();
                await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await w.WriteAsync(task, NpgsqlDbType.Uuid);
                if (by is { } b && b != Guid.Empty) { await w.WriteAsync(b, NpgsqlDbType.Uuid); } else { await w.WriteNullAsync(); }
                await w.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await w.WriteAsync("Chờ ý kiến của các sở, ngành phối hợp.", NpgsqlDbType.Varchar);
                await w.WriteAsync(previous, NpgsqlDbType.Date);
                await w.WriteAsync(requested, NpgsqlDbType.Date);
                await w.WriteAsync(approved ? "Approved" : "Refused", NpgsqlDbType.Varchar);
                if (decidedBy != Guid.Empty && decidedBy is { } d) { await w.WriteAsync(d, NpgsqlDbType.Uuid); } else { await w.WriteNullAsync(); }
                await w.WriteAsync(decidedAt, NpgsqlDbType.TimestampTz);
                await w.WriteNullAsync();
                await w.WriteAsync(0, NpgsqlDbType.Integer);
            }

            await w.CompleteAsync();
        }

        await using (var w = await conn.BeginBinaryImportAsync("""COPY task_reviews ("Id","TaskId","Quality","MajorError","Note","Reopened","HolderUserId","CompletedOn","AtUtc","ByUserId") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (task, met, major, holder, completedOn, at, by) in reviews)
            {
                await w.StartRowAsync();
                await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await w.WriteAsync(task, NpgsqlDbType.Uuid);
                await w.WriteAsync(met ? "Met" : "NotMet", NpgsqlDbType.Varchar);
                await w.WriteAsync(major, NpgsqlDbType.Boolean);
                await w.WriteNullAsync();
                await w.WriteAsync(false, NpgsqlDbType.Boolean);
                await w.WriteAsync(holder, NpgsqlDbType.Uuid);
                await w.WriteAsync(completedOn, NpgsqlDbType.Date);
                await w.WriteAsync(at, NpgsqlDbType.TimestampTz);
                if (by is { } b && b != Guid.Empty) { await w.WriteAsync(b, NpgsqlDbType.Uuid); } else { await w.WriteNullAsync(); }
            }

            await w.CompleteAsync();
        }

        await using (var w = await conn.BeginBinaryImportAsync("""COPY eval_task_products ("TaskId","ProductId","Name","Group","Points","ByUserId","AtUtc") FROM STDIN (FORMAT BINARY)"""))
        {
            var productIds = Enumerable.Range(1, 5).Select(_ => Guid.CreateVersion7()).ToArray();
            foreach (var (task, group, points) in products)
            {
                await w.StartRowAsync();
                await w.WriteAsync(task, NpgsqlDbType.Uuid);
                await w.WriteAsync(productIds[group - 1], NpgsqlDbType.Uuid);
                await w.WriteAsync($"Sản phẩm nhóm {group}", NpgsqlDbType.Varchar);
                await w.WriteAsync(group, NpgsqlDbType.Integer);
                await w.WriteAsync(points, NpgsqlDbType.Numeric);
                await w.WriteNullAsync();
                await w.WriteAsync(At(start, 1), NpgsqlDbType.TimestampTz);
            }

            await w.CompleteAsync();
        }

        return $"{handoffs.Count:N0} steps, {extensions.Count:N0} extensions, {reviews.Count:N0} reviews, {products.Count:N0} product types";
    }
}
