using System.Data;
using System.Data.Common;
using System.Globalization;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Outbox;

/// <summary>
/// Takes a batch of due messages for one drainer by pushing their <see cref="OutboxMessage.AvailableAtUtc"/> out by a lease
/// and committing at once. Another drainer never sees a claimed message until the lease ends, which only happens when the
/// claiming node died before finishing it: nothing is lost, and handlers are idempotent on the key, so nothing is doubled.
/// </summary>
internal static class OutboxClaim
{
    /// <summary>
    /// One statement on both databases: <c>UPDATE … WHERE "Id" IN (due rows, oldest first, LIMIT n) RETURNING "Id"</c> (on
    /// PostgreSQL <c>"Id" = ANY(ARRAY(…))</c>, see <see cref="Sql"/>).
    /// On PostgreSQL <c>FOR UPDATE SKIP LOCKED</c> lets two nodes claim at the same moment without waiting on each other and
    /// without taking the same row (ADR 0006); SQLite runs each write statement alone under its database lock, so a second
    /// drainer's statement sees the first one's new lease and skips those rows.
    /// </summary>
    /// <param name="onlyTopic">Claim only messages of this topic (a batch handler's), or any topic when null.</param>
    /// <param name="exceptTopics">Topics left out (those claimed by their batch handlers).</param>
    public static async Task<IReadOnlyList<Guid>> ClaimAsync(
        AppDbContext db, DatabaseKind database, DateTime now, DateTime leaseEnd, int batchSize, string? onlyTopic, IReadOnlyCollection<string> exceptTopics,
        CancellationToken ct)
    {
        var conn = db.Database.GetDbConnection();
        await using var cmd = conn.CreateCommand();
        var parameters = new List<DbParameter>();
        cmd.CommandText = Sql(parameters, cmd.CreateParameter, database, now, leaseEnd, batchSize, onlyTopic, exceptTopics, "RETURNING \"Id\"");
        cmd.Parameters.AddRange(parameters.ToArray());

        var opened = conn.State != ConnectionState.Open;
        if (opened)
        {
            await conn.OpenAsync(ct);
        }

        try
        {
            var ids = new List<Guid>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetGuid(0));
            }

            return ids;
        }
        finally
        {
            if (opened)
            {
                await conn.CloseAsync();
            }
        }
    }

    /// <summary>
    /// The same claim for one topic, answering the claimed messages themselves (<c>RETURNING *</c>, read untracked), oldest
    /// first: one round trip and one pass over the rows instead of a claim and a read of the claimed ids.
    /// </summary>
    public static async Task<List<OutboxMessage>> ClaimMessagesAsync(
        AppDbContext db, DatabaseKind database, DateTime now, DateTime leaseEnd, int batchSize, string topic, CancellationToken ct)
    {
        var factory = DbProviderFactories.GetFactory(db.Database.GetDbConnection())
            ?? throw new InvalidOperationException("The database connection names no provider factory.");
        var parameters = new List<DbParameter>();
        var sql = Sql(parameters, () => factory.CreateParameter()!, database, now, leaseEnd, batchSize, topic, [], "RETURNING *");
        var messages = await db.OutboxMessages.FromSqlRaw(sql, parameters.ToArray<object>()).AsNoTracking().ToListAsync(ct);
        messages.Sort((a, b) => a.CreatedAtUtc != b.CreatedAtUtc ? a.CreatedAtUtc.CompareTo(b.CreatedAtUtc) : a.Id.CompareTo(b.Id));
        return messages;
    }

    /// <summary>
    /// The claim statement, its parameters added to <paramref name="parameters"/>. On PostgreSQL it reads only what it takes: the
    /// pending index leads with the topic, so a topic's claim reads its own oldest rows and nothing of a million waiting
    /// notices of another topic; the claim of the remaining topics first finds the topics waiting (one index probe each,
    /// <c>WITH RECURSIVE</c>) and then each one's oldest rows; and <c>"Id" = ANY(ARRAY(…))</c> updates the claimed rows
    /// through the primary key instead of joining the whole table, processed rows included (docs/performance.md "Notices:
    /// fewer writes, several drainers"). SQLite keeps the plain form (one node, small queues).
    /// </summary>
    private static string Sql(
        List<DbParameter> parameters, Func<DbParameter> create, DatabaseKind database, DateTime now, DateTime leaseEnd, int batchSize, string? onlyTopic,
        IReadOnlyCollection<string> exceptTopics, string returning)
    {
        void AddParameter(string name, object value)
        {
            var p = create();
            p.ParameterName = name;
            p.Value = value;
            parameters.Add(p);
        }

        const string Pending = "\"ProcessedAtUtc\" IS NULL AND \"FailedAtUtc\" IS NULL";
        AddParameter("now", now);
        AddParameter("leaseEnd", leaseEnd);
        AddParameter("batch", batchSize);
        if (onlyTopic is not null)
        {
            AddParameter("topic", onlyTopic);
        }

        var names = exceptTopics.Select((t, i) => (Name: "@x" + i.ToString(CultureInfo.InvariantCulture), Topic: t)).ToList();
        foreach (var (name, topic) in names)
        {
            AddParameter(name[1..], topic);
        }

        string NotIn(string column) => names.Count == 0 ? "" : $""" AND {column} NOT IN ({string.Join(", ", names.Select(n => n.Name))})""";

        if (!database.IsPostgres)
        {
            var filter = (onlyTopic is null ? "" : """ AND "Topic" = @topic""") + NotIn("\"Topic\"");
            return $"""
                UPDATE sys_outbox SET "AvailableAtUtc" = @leaseEnd
                WHERE "Id" IN (
                    SELECT "Id" FROM sys_outbox
                    WHERE {Pending} AND "AvailableAtUtc" <= @now{filter}
                    ORDER BY "AvailableAtUtc", "Id"
                    LIMIT @batch)
                {returning}
                """;
        }

        if (onlyTopic is not null)
        {
            return $"""
                UPDATE sys_outbox SET "AvailableAtUtc" = @leaseEnd
                WHERE "Id" = ANY(ARRAY(
                    SELECT "Id" FROM sys_outbox
                    WHERE {Pending} AND "Topic" = @topic AND "AvailableAtUtc" <= @now
                    ORDER BY "AvailableAtUtc", "Id"
                    LIMIT @batch
                    FOR UPDATE SKIP LOCKED))
                {returning}
                """;
        }

        return $"""
            WITH RECURSIVE topics (t) AS (
                SELECT min("Topic") FROM sys_outbox WHERE {Pending}
                UNION ALL
                SELECT (SELECT min("Topic") FROM sys_outbox WHERE {Pending} AND "Topic" > topics.t) FROM topics WHERE topics.t IS NOT NULL)
            UPDATE sys_outbox SET "AvailableAtUtc" = @leaseEnd
            WHERE "Id" = ANY(ARRAY(
                SELECT c."Id" FROM topics, LATERAL (
                    SELECT "Id", "AvailableAtUtc" FROM sys_outbox
                    WHERE {Pending} AND "Topic" = topics.t AND "AvailableAtUtc" <= @now
                    ORDER BY "AvailableAtUtc", "Id"
                    LIMIT @batch
                    FOR UPDATE SKIP LOCKED) c
                WHERE topics.t IS NOT NULL{NotIn("topics.t")}
                ORDER BY c."AvailableAtUtc", c."Id"
                LIMIT @batch))
            {returning}
            """;
    }
}
