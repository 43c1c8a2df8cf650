namespace KyCuong.Web.Modules.Tasks.Contracts;

/// <summary>
/// One task to assign (docs/domain.md §6): exactly one lead unit, any coordinating units, a deadline as a date, N working days
/// from the day after today, or none for a standing duty; optionally the lead person (else the lead unit's head answers).
/// <see cref="AssignerUnitId"/> is the unit the task is assigned from (the caller must hold AssignWork there and it must be the
/// lead unit or an ancestor of it); when omitted it is the highest unit on the lead unit's ancestor line where the caller
/// holds AssignWork. <see cref="FocalUnitId"/> names the focal unit (đầu mối theo dõi) of a directive's direction; without it the
/// task inherits its parent task's, so the whole cascade stays followed (ADR 0003).
/// </summary>
public sealed record NewTask(
    string Title,
    string? Description,
    Guid LeadUnitId,
    Guid? LeadUserId,
    IReadOnlyList<Guid> CoordinatingUnitIds,
    DateOnly? DueDate,
    int? WorkingDays,
    Guid? SourceDocumentId = null,
    string? ClauseRef = null,
    Guid? ParentTaskId = null,
    RecurringReport? Recurring = null,
    Guid? AssignerUnitId = null,
    Guid? FocalUnitId = null);

/// <summary>"định kỳ 6 tháng, hàng năm báo cáo": one report task per period.</summary>
public sealed record RecurringReport(string Period, string? Text = null);

/// <summary><see cref="RequestedDueDate"/>: the date asked when it fell on a day off and moved to the next working day (Civil Code 2015 art. 148(5)).</summary>
public sealed record CreatedTask(Guid Id, DateOnly? DueDate, string Status, DateOnly? RequestedDueDate = null);
