using System.Text.Json;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace KyCuong.Web.Platform.Outbox;

internal sealed class Outbox(AppDbContext db, TimeProvider clock, DatabaseKind database) : IOutbox
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Enqueue(string topic, string idempotencyKey, object payload, DateTime? availableAtUtc = null) =>
        db.OutboxMessages.Add(OutboxMessage.Create(topic, idempotencyKey, payload, clock.GetUtcNow().UtcDateTime, availableAtUtc));

    public async Task AppendAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return;
        }

        if (!database.IsPostgres)
        {
            db.OutboxMessages.AddRange(messages);
            await db.SaveChangesAsync(ct);
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var w = await conn.BeginBinaryImportAsync(
            """COPY sys_outbox ("Id", "IdempotencyKey", "Topic", "PayloadJson", "CreatedAtUtc", "AvailableAtUtc", "Attempts") FROM STDIN (FORMAT BINARY)""", ct);
        foreach (var m in messages)
        {
            await w.StartRowAsync(ct);
            await w.WriteAsync(m.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(m.IdempotencyKey, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(m.Topic, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(m.PayloadJson, NpgsqlDbType.Text, ct);
            await w.WriteAsync(m.CreatedAtUtc, NpgsqlDbType.TimestampTz, ct);
            await w.WriteAsync(m.AvailableAtUtc, NpgsqlDbType.TimestampTz, ct);
            await w.WriteAsync(m.Attempts, NpgsqlDbType.Integer, ct);
        }

        await w.CompleteAsync(ct);
    }
}
