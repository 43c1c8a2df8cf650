using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.GetTask;

/// <summary>A file reported with a task's completion, for whoever may see the task (docs/domain.md §6).</summary>
internal sealed class TaskAttachmentHandler(AppDbContext db, TaskAccess taskAccess)
{
    public async Task<(string Name, string ContentType, byte[] Content)> HandleAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        // A task the caller may not see answers 404 before its files are looked up.
        await taskAccess.LoadAsync(id, ct);
        var a = await db.TaskAttachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId && x.TaskId == id, ct)
            ?? throw new NotFoundException("Không tìm thấy tệp đính kèm. / Attachment not found.");
        return (a.FileName, a.ContentType, a.Content);
    }
}

internal static class TaskAttachmentEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async Task<IResult> (Guid id, Guid attachmentId,
            TaskAttachmentHandler handler, CancellationToken ct) =>
        {
            var (name, type, content) = await handler.HandleAsync(id, attachmentId, ct);
            return TypedResults.File(content, type, name);
        })
        .WithName("GetTaskAttachment")
        .WithSummary("Tải tệp kết quả của nhiệm vụ / Download a file reported with a task's completion");
}
