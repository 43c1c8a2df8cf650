namespace KyCuong.Web.Modules.Chasing.Board;

/// <summary>What the "Đôn đốc" board lists: <c>overdue</c>, <c>nearDue</c> or both (null).</summary>
internal sealed record BoardQuery(string? Kind, Guid? LeadUnitId, string? Q, int Page, int PageSize);

internal sealed record BoardRow(Guid TaskId, string Title, Guid LeadUnitId, string LeadUnitName, Guid? AnswerableUserId, string? AnswerableName, DateOnly DueDate,
    int WorkingDaysOverdue, int WorkingDaysLeft, int RemindersSoFar, int PersonRemindersSoFar);

internal sealed record BoardPage(IReadOnlyList<BoardRow> Items, int Page, int PageSize, int Total, int NearDueDays, DateOnly Today);
