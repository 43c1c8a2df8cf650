namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>
/// NĐ 30/2020 art. 24: an incoming document is presented to the leader the same day, at the latest the next working day;
/// urgent ones at once. Overdue (flagged) once the due day has ended in Vietnam time without a presentation.
/// </summary>
internal static class PresentationPolicy
{
    /// <summary>The due date: the arrival day for urgent documents, else the given "same day or next working day".</summary>
    public static DateOnly DueDate(DateOnly receivedOn, Urgency urgency, DateOnly nextWorkingDay) =>
        urgency != Urgency.None ? receivedOn : nextWorkingDay;

    public static bool IsOverdue(Document d, DateOnly today) =>
        d.Direction == DocumentDirection.Incoming && d.PresentedAtUtc is null && d.PresentDueDate is { } due && today > due;
}
