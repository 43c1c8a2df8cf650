using System.Text.Json;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace KyCuong.Web.Platform.Auditing;

/// <summary>
/// Adds audit rows to the caller's unit of work, so the change and its history commit in one transaction (ADR 0004).
/// Batch jobs that write thousands of rows at once use <see cref="AppendAsync"/>; the table's columns are known only here.
/// </summary>
internal sealed class AuditLog(AppDbContext db, TimeProvider clock, ICurrentUser currentUser, DatabaseKind database)
{
    /// <summary>The actor name of rows written by background jobs.</summary>
    public const string SystemActor = "system";

    public AuditEntry Record(string entityType, Guid entityId, string action, object? data = null, string? reason = null)
    {
        var entry = new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ActorUserId = currentUser.UserId,
            ActorName = currentUser.UserName ?? SystemActor,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Reason = reason,
            DataJson = data is null ? null : JsonSerializer.Serialize(data, JsonSerializerOptions.Web),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>A row written by a background job at <paramref name="atUtc"/>, for <see cref="AppendAsync"/> (not yet tracked).</summary>
    public static AuditEntry SystemEntry(DateTime atUtc, string entityType, Guid entityId, string action, object? data = null, string? reason = null) => new()
    {
        Id = Guid.CreateVersion7(),
        AtUtc = atUtc,
        ActorName = SystemActor,
        EntityType = entityType,
        EntityId = entityId,
        Action = action,
        Reason = reason,
        DataJson = data is null ? null : JsonSerializer.Serialize(data, JsonSerializerOptions.Web),
    };

    /// <summary>
    /// Writes prepared rows now, inside the caller's open transaction, bypassing the change tracker on PostgreSQL: one binary
    /// COPY for the whole list. On SQLite (single node, single writer) the rows go through EF's batched inserts, and the
    /// context's other pending changes are saved with them. Rows are unsealed; the <c>audit.seal</c> job chains them later.
    /// </summary>
    public async Task AppendAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return;
        }

        if (!database.IsPostgres)
        {
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync(ct);
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var w = await conn.BeginBinaryImportAsync(
            """COPY sys_audit ("Id", "AtUtc", "ActorUserId", "ActorName", "EntityType", "EntityId", "Action", "Reason", "DataJson") FROM STDIN (FORMAT BINARY)""", ct);
        foreach (var a in entries)
        {
            await w.StartRowAsync(ct);
            await w.WriteAsync(a.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(a.AtUtc, NpgsqlDbType.TimestampTz, ct);
            await w.WriteNullableAsync(a.ActorUserId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(a.ActorName, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(a.EntityType, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(a.EntityId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(a.Action, NpgsqlDbType.Varchar, ct);
            await w.WriteNullableAsync(a.Reason, NpgsqlDbType.Varchar, ct);
            await w.WriteNullableAsync(a.DataJson, NpgsqlDbType.Text, ct);
        }

        await w.CompleteAsync(ct);
    }
}
