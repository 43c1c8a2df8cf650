using KyCuong.Web.Modules.Chasing.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace KyCuong.Web.Modules.Chasing.Sweep;

/// <summary>
/// The sweep's bulk reads and writes. PostgreSQL: the claim is <c>SELECT … FOR UPDATE SKIP LOCKED</c> in the batch's
/// transaction, so parallel workers and other hosts never take the same row, and the rows are written with binary COPY and
/// <c>unnest</c> arrays — one round trip per table per batch. SQLite (single node, single writer): plain EF.
/// The audit rows and notices go through the platform's bulk APIs (<see cref="AuditLog.AppendAsync"/>,
/// <see cref="IOutbox.AppendAsync"/>), which use the same COPY technique; this class writes only the chasing tables.
/// </summary>
internal sealed class ChaseStore(AppDbContext db, DatabaseKind database, AuditLog audit, IOutbox outbox)
{
    public bool IsPostgres => database.IsPostgres;

    private NpgsqlConnection Conn => (NpgsqlConnection)db.Database.GetDbConnection();

    /// <summary>Claims up to <paramref name="limit"/> due watches inside the current transaction.</summary>
    public async Task<List<ChaseWatch>> ClaimAsync(DateTime nowUtc, bool onlyUnplanned, int limit, CancellationToken ct)
    {
        if (!IsPostgres)
        {
            var q = db.ChaseWatches.Where(w => w.NextAtUtc <= nowUtc);
            if (onlyUnplanned)
            {
                q = q.Where(w => w.NextStep == ChaseWatch.Unplanned);
            }

            return await q.OrderBy(w => w.NextAtUtc).Take(limit).ToListAsync(ct);
        }

        await using var cmd = new NpgsqlCommand(
            """
            SELECT "TaskId", "AnswerableUserId", "LeadUnitId", "AssignerUnitId", "DueDate", "NextStep", "NextAtUtc", "LastStep"
            FROM chs_watches
            WHERE "NextAtUtc" <= @now AND (NOT @onlyUnplanned OR "NextStep" = @unplanned)
            ORDER BY "NextAtUtc"
            LIMIT @limit
            FOR UPDATE SKIP LOCKED
            """, Conn);
        cmd.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = nowUtc });
        cmd.Parameters.AddWithValue("onlyUnplanned", onlyUnplanned);
        cmd.Parameters.AddWithValue("unplanned", ChaseWatch.Unplanned);
        cmd.Parameters.AddWithValue("limit", limit);
        var rows = new List<ChaseWatch>(limit);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new ChaseWatch
            {
                TaskId = reader.GetGuid(0),
                AnswerableUserId = reader.IsDBNull(1) ? null : reader.GetGuid(1),
                LeadUnitId = reader.GetGuid(2),
                AssignerUnitId = reader.GetGuid(3),
                DueDate = reader.GetFieldValue<DateOnly>(4),
                NextStep = reader.GetInt32(5),
                NextAtUtc = reader.GetFieldValue<DateTime>(6),
                LastStep = reader.IsDBNull(7) ? null : reader.GetInt32(7),
            });
        }

        return rows;
    }

    /// <summary>Inserts new watches; a row another sweeper inserted first is skipped (idempotent under races).</summary>
    public async Task InsertWatchesAsync(IReadOnlyList<ChaseWatch> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (!IsPostgres)
        {
            db.ChaseWatches.AddRange(rows);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            return;
        }

        // Outside a transaction EF has not opened the connection; it closes it again when the context is disposed.
        await db.Database.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            """
            INSERT INTO chs_watches ("TaskId", "AnswerableUserId", "LeadUnitId", "AssignerUnitId", "DueDate", "NextStep", "NextAtUtc", "LastStep")
            SELECT t, a, l, s, d, @step, @at, NULL FROM unnest(@t, @a, @l, @s, @d) AS u(t, a, l, s, d)
            ON CONFLICT ("TaskId") DO NOTHING
            """, Conn);
        cmd.Parameters.AddWithValue("t", rows.Select(r => r.TaskId).ToArray());
        cmd.Parameters.AddWithValue("a", rows.Select(r => r.AnswerableUserId).ToArray());
        cmd.Parameters.AddWithValue("l", rows.Select(r => r.LeadUnitId).ToArray());
        cmd.Parameters.AddWithValue("s", rows.Select(r => r.AssignerUnitId).ToArray());
        cmd.Parameters.AddWithValue("d", rows.Select(r => r.DueDate).ToArray());
        cmd.Parameters.AddWithValue("step", ChaseWatch.Unplanned);
        cmd.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = rows[0].NextAtUtc });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Writes a batch in the current transaction; returns the tallies of the people counted in it.</summary>
    public async Task<IReadOnlyList<PersonTally>> FlushAsync(SweepBatch batch, CancellationToken ct)
    {
        if (!IsPostgres)
        {
            db.ChaseReminders.AddRange(batch.Reminders);
            foreach (var id in batch.Deleted)
            {
                var w = db.ChaseWatches.Local.FirstOrDefault(x => x.TaskId == id);
                if (w is not null)
                {
                    db.ChaseWatches.Remove(w);
                }
            }

            // Claimed rows are tracked on SQLite; their changes are saved as they are.
            var tallies = await IncrementTalliesAsync(batch.Counted, ct);
            await db.SaveChangesAsync(ct);
            await audit.AppendAsync(batch.Audit, ct);
            await outbox.AppendAsync(batch.Outbox, ct);
            return tallies;
        }

        await CopyRemindersAsync(batch, ct);
        await audit.AppendAsync(batch.Audit, ct);
        await outbox.AppendAsync(batch.Outbox, ct);
        if (batch.Updated.Count > 0)
        {
            await using var cmd = new NpgsqlCommand(
                """
                UPDATE chs_watches AS w SET "NextStep" = u.s, "NextAtUtc" = u.a, "LastStep" = u.l, "DueDate" = u.d
                FROM unnest(@t, @s, @a, @l, @d) AS u(t, s, a, l, d) WHERE w."TaskId" = u.t
                """, Conn);
            cmd.Parameters.AddWithValue("t", batch.Updated.Select(r => r.TaskId).ToArray());
            cmd.Parameters.AddWithValue("s", batch.Updated.Select(r => r.NextStep).ToArray());
            cmd.Parameters.Add(new NpgsqlParameter("a", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = batch.Updated.Select(r => r.NextAtUtc).ToArray() });
            cmd.Parameters.AddWithValue("l", batch.Updated.Select(r => r.LastStep).ToArray());
            cmd.Parameters.AddWithValue("d", batch.Updated.Select(r => r.DueDate).ToArray());
            await cmd.ExecuteNonQueryAsync(ct);
        }

        if (batch.Deleted.Count > 0)
        {
            await using var cmd = new NpgsqlCommand("""DELETE FROM chs_watches WHERE "TaskId" = ANY(@t)""", Conn);
            cmd.Parameters.AddWithValue("t", batch.Deleted.ToArray());
            await cmd.ExecuteNonQueryAsync(ct);
        }

        return await IncrementTalliesAsync(batch.Counted, ct);
    }

    /// <summary>
    /// Adds counted reminders to people's tallies atomically (PostgreSQL: one upsert that increments under the row lock,
    /// users in a fixed order so two batches cannot deadlock) and returns the new tallies.
    /// </summary>
    public async Task<IReadOnlyList<PersonTally>> IncrementTalliesAsync(IReadOnlyDictionary<Guid, int> counted, CancellationToken ct)
    {
        if (counted.Count == 0)
        {
            return [];
        }

        if (!IsPostgres)
        {
            var ids = counted.Keys.ToList();
            var existing = await db.ChaseTallies.Where(t => ids.Contains(t.UserId)).ToDictionaryAsync(t => t.UserId, ct);
            foreach (var (user, n) in counted)
            {
                if (!existing.TryGetValue(user, out var tally))
                {
                    existing[user] = tally = new PersonTally { UserId = user };
                    db.ChaseTallies.Add(tally);
                }

                tally.Total += n;
                tally.SinceClear += n;
            }

            return existing.Values.ToList();
        }

        var ordered = counted.OrderBy(kv => kv.Key).ToArray();
        await using var cmd = new NpgsqlCommand(
            """
            INSERT INTO chs_tallies ("UserId", "Total", "SinceClear")
            SELECT u, n, n FROM unnest(@u, @n) AS x(u, n) ORDER BY u
            ON CONFLICT ("UserId") DO UPDATE SET "Total" = chs_tallies."Total" + excluded."Total", "SinceClear" = chs_tallies."SinceClear" + excluded."SinceClear"
            RETURNING "UserId", "Total", "SinceClear", "FlaggedAtUtc"
            """, Conn);
        cmd.Parameters.AddWithValue("u", ordered.Select(kv => kv.Key).ToArray());
        cmd.Parameters.AddWithValue("n", ordered.Select(kv => kv.Value).ToArray());
        var result = new List<PersonTally>(ordered.Length);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new PersonTally
            {
                UserId = reader.GetGuid(0),
                Total = reader.GetInt32(1),
                SinceClear = reader.GetInt32(2),
                FlaggedAtUtc = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTime>(3),
            });
        }

        return result;
    }

    private async Task CopyRemindersAsync(SweepBatch batch, CancellationToken ct)
    {
        if (batch.Reminders.Count == 0)
        {
            return;
        }

        await using var w = await Conn.BeginBinaryImportAsync(
            """COPY chs_reminders ("Id", "TaskId", "Step", "RecipientUserId", "Kind", "Counts", "AtUtc", "DueDate", "ByUserId", "Note") FROM STDIN (FORMAT BINARY)""", ct);
        foreach (var r in batch.Reminders)
        {
            await w.StartRowAsync(ct);
            await w.WriteAsync(r.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(r.TaskId, NpgsqlDbType.Uuid, ct);
            await w.WriteNullableAsync(r.Step, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(r.RecipientUserId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(r.Kind, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.Counts, NpgsqlDbType.Boolean, ct);
            await w.WriteAsync(r.AtUtc, NpgsqlDbType.TimestampTz, ct);
            await w.WriteNullableAsync(r.DueDate, NpgsqlDbType.Date, ct);
            await w.WriteNullableAsync(r.ByUserId, NpgsqlDbType.Uuid, ct);
            await w.WriteNullableAsync(r.Note, NpgsqlDbType.Varchar, ct);
        }

        await w.CompleteAsync(ct);
    }

    public Task<IDbContextTransaction> BeginAsync(CancellationToken ct) => db.Database.BeginTransactionAsync(ct);
}
