using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations;

/// <summary>
/// The last step of a consulted unit's act that changes its outcome (a delay notice, a return): the requester (or, without
/// a named requester, the requester unit's head) is told, and the change is saved once — the participant's outcome is a
/// concurrency token, so of two racing acts only one wins and the other is told the unit has already acted.
/// </summary>
internal sealed class ParticipantSave(AppDbContext db, IPeopleDirectory people, INotifier notifier, TimeProvider clock)
{
    public async Task NotifyRequesterAndSaveAsync(Consultation c, string subject, string body, string key, CancellationToken ct)
    {
        var to = c.RequestedByUserId ?? (await people.HeadOfAsync(c.RequesterUnitId, clock.Today(), ct))?.UserId;
        if (to is { } userId)
        {
            notifier.Notify(new NotificationRequest(userId, NotificationCategories.Consultation, subject, body, $"/Consultations/Details/{c.Id}", key));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("consultation.alreadyAnswered",
                "Đơn vị đã trả lời, đã báo chậm hoặc đã trả lại. / That unit has already answered, given notice or returned it.");
        }
    }
}
