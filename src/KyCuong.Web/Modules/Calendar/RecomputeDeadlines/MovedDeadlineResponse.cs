namespace KyCuong.Web.Modules.Calendar.RecomputeDeadlines;

/// <summary>One deadline that moves (or moved) from <see cref="OldDue"/> to <see cref="NewDue"/>.</summary>
internal sealed record MovedDeadlineResponse(string OwnerType, Guid OwnerId, DateOnly TriggerDate, int WorkingDays, DateOnly OldDue, DateOnly NewDue, int RecordedCalendarVersion);
