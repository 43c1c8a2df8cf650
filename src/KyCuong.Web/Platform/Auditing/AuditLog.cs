using System.Text.Json;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Platform.Auditing;

/// <summary>Adds audit rows to the caller's unit of work, so the change and its history commit in one transaction.</summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock, ICurrentUser currentUser)
{
    public AuditEntry Record(string entityType, Guid entityId, string action, object? data = null, string? reason = null)
    {
        var entry = new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ActorUserId = currentUser.UserId,
            ActorName = currentUser.UserName ?? "system",
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Reason = reason,
            DataJson = data is null ? null : JsonSerializer.Serialize(data, JsonSerializerOptions.Web),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }
}
