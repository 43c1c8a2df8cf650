using System.Globalization;
using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Documents.PresentDocument;

/// <summary>NĐ 30/2020 art. 24: the clerk presents the incoming document to the leader; the time is recorded, a late one stays visible.</summary>
internal sealed class PresentDocumentHandler(AppDbContext db, DocumentVisibility visibility, IAccessControl access, AuditLog audit, ICurrentUser currentUser, TimeProvider clock,
    IUnitDirectory units, IPeopleDirectory people, INotifier notifier)
{
    public async Task<PresentDocumentResponse> HandleAsync(Guid id, CancellationToken ct)
    {
        var d = await visibility.GetAsync(id, ct);
        if (!await access.HasAsync(Permission.RegisterDocuments, d.RegisteringUnitId, ct) && !await access.HasAsync(Permission.AssignWork, d.RegisteringUnitId, ct))
        {
            throw new ForbiddenException("Chỉ văn thư hoặc lãnh đạo của đơn vị ghi nhận việc trình văn bản. / Only the unit's clerk or leader records a presentation.");
        }

        var late = PresentationPolicy.IsOverdue(d, clock.Today());
        var now = clock.GetUtcNow().UtcDateTime;
        d.Present(currentUser.UserId, now);
        audit.Record("document", d.Id, "presented", new { Late = late, d.PresentDueDate });
        await TellLeaderAsync(d, late, ct);
        await db.SaveChangesAsync(ct);
        return new PresentDocumentResponse(d.Id, VietnamTime.ToVietnam(now), late);
    }

    /// <summary>
    /// The leader the document is presented to learns of it (docs/domain.md §5): the head of the registering body; a register kept
    /// by an office is the register of the body above it (ADR 0003 "The office acts for its body"), so its head is that body's.
    /// Never the person presenting.
    /// </summary>
    private async Task TellLeaderAsync(Document d, bool late, CancellationToken ct)
    {
        var today = clock.Today();
        var unit = await units.FindAsync(d.RegisteringUnitId, ct);
        var bodyId = unit is { Kind: UnitKind.Office, ParentId: { } parent } ? parent : d.RegisteringUnitId;
        var leader = await people.HeadOfAsync(bodyId, today, ct) ?? (bodyId != d.RegisteringUnitId ? await people.HeadOfAsync(d.RegisteringUnitId, today, ct) : null);
        if (leader is null || leader.UserId == currentUser.UserId)
        {
            return;
        }

        var label = d.NumberSymbol is { } ns ? $"{d.Type ?? "Văn bản"} số {ns}" : d.Type ?? "Văn bản";
        var subject = $"Văn bản trình xin ý kiến chỉ đạo: {label} của {d.IssuerName}";
        var body = $"{label} của {d.IssuerName} về “{Shorten(d.Subject)}”"
            + (d.ArrivalNumber is { } n ? $", số đến {n}" : "") + ". Bước: trình lãnh đạo cho ý kiến chỉ đạo, giao xử lý. "
            + (d.PresentDueDate is { } due ? $"Hạn trình: {due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" + (late ? " (trình muộn)." : ".") : "")
            + (d.IsUrgent ? $" Độ khẩn: {UrgencyLabel(d.Urgency)}." : "");
        notifier.Notify(new NotificationRequest(leader.UserId, NotificationCategories.DocumentPresented, subject, body.Trim(), $"/Documents/Details/{d.Id}", $"document-presented:{d.Id}"));
    }

    private static string Shorten(string s) => s.Length <= 160 ? s : s[..157] + "…";

    private static string UrgencyLabel(Urgency u) => u switch
    {
        Urgency.Khan => "Khẩn",
        Urgency.ThuongKhan => "Thượng khẩn",
        Urgency.HoaToc => "Hỏa tốc",
        _ => "",
    };
}
