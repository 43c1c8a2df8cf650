using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
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
    /// One statement on both databases: <c>UPDATE … WHERE "Id" IN (due rows, oldest first, LIMIT n) RETURNING "Id"</c>.
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
        var filter = new StringBuilder();
        var conn = db.Database.GetDbConnection();
        await using var cmd = conn.CreateCommand();
        if (onlyTopic is not null)
        {
            filter.Append(""" AND "Topic" = @topic""");
            AddParameter(cmd, "topic", onlyTopic);
        }

        if (exceptTopics.Count > 0)
        {
            var names = exceptTopics.Select((t, i) => (Name: "x" + i.ToString(CultureInfo.InvariantCulture), Topic: t)).ToList();
            filter.Append(""" AND "Topic" NOT IN (""").AppendJoin(", ", names.Select(n => "@" + n.Name)).Append(')');
            foreach (var (name, topic) in names)
            {
                AddParameter(cmd, name, topic);
            }
        }

        cmd.CommandText = $"""
            UPDATE sys_outbox SET "AvailableAtUtc" = @leaseEnd
            WHERE "Id" IN (
                SELECT "Id" FROM sys_outbox
                WHERE "ProcessedAtUtc" IS NULL AND "FailedAtUtc" IS NULL AND "AvailableAtUtc" <= @now{filter}
                ORDER BY "AvailableAtUtc", "Id"
                LIMIT @batch{(database.IsPostgres ? "\n    FOR UPDATE SKIP LOCKED" : "")})
            RETURNING "Id"
            """;
        AddParameter(cmd, "now", now);
        AddParameter(cmd, "leaseEnd", leaseEnd);
        AddParameter(cmd, "batch", batchSize);

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

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
