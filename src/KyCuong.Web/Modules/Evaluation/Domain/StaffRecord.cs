namespace KyCuong.Web.Modules.Evaluation.Domain;

/// <summary>Công chức (Luật Cán bộ, công chức; Nghị định 335/2025) or viên chức (Luật Viên chức; Nghị định 233/2026).</summary>
internal enum StaffCategory
{
    CivilServant,
    PublicEmployee,
}

/// <summary>
/// What the personnel office records of a person for evaluation (docs/domain.md "Evaluation: viên chức"): the staff category that selects
/// the rule set and the days the person started and stopped working in the body, from which the months worked in a year are counted.
/// Without a record, the category follows the body: a person of a public service unit is a viên chức, anyone else a công chức.
/// </summary>
internal sealed class StaffRecord
{
    private StaffRecord()
    {
    }

    public StaffRecord(Guid userId) => UserId = userId;

    public Guid UserId { get; private set; }

    public StaffCategory Category { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public Guid? SetByUserId { get; private set; }

    public DateTime SetAtUtc { get; private set; }

    public void Set(StaffCategory category, DateOnly? startedOn, DateOnly? leftOn, Guid? byUserId, DateTime atUtc)
    {
        Category = category;
        StartedOn = startedOn;
        LeftOn = leftOn;
        SetByUserId = byUserId;
        SetAtUtc = atUtc;
    }
}

/// <summary>
/// Nghị định 233/2026/NĐ-CP for viên chức (in force 1 July 2026): the same scores and grades as công chức, but a viên chức who worked
/// fewer than six months in the year is not graded for it ("không xếp loại"), with the reason. Months are counted from the first day
/// worked in the year (1 January or the start) to the last (31 December or the day they left), inclusive: 1/7–31/12 is six months.
/// </summary>
internal static class PublicEmployeeRules
{
    /// <summary>Whether the person worked fewer than <paramref name="minimumMonths"/> months in the year (not at all counts as fewer).</summary>
    public static bool WorkedLessThan(int year, DateOnly? startedOn, DateOnly? leftOn, int minimumMonths)
    {
        var from = startedOn is { } s && s > new DateOnly(year, 1, 1) ? s : new DateOnly(year, 1, 1);
        var to = leftOn is { } l && l < new DateOnly(year, 12, 31) ? l : new DateOnly(year, 12, 31);
        return to < from || from.AddMonths(minimumMonths) > to.AddDays(1);
    }

    public static string NotGradedReason(int minimumMonths) =>
        $"Không xếp loại: viên chức có thời gian công tác trong năm dưới {minimumMonths} tháng (Nghị định 233/2026/NĐ-CP).";
}
