namespace KyCuong.Web.Modules.Calendar;

/// <summary>Audit names of the calendar module (sys_audit rows).</summary>
internal static class CalendarAudit
{
    /// <summary>The working calendar as one audited thing (seeding, re-computations).</summary>
    public static readonly Guid CalendarId = Guid.Parse("0190a000-0000-7000-8000-00000000ca1e");

    public const string CalendarEntity = "calendar";
    public const string YearDecisionEntity = "calendarYear";
    public const string HolidayRuleEntity = "calendarRule";

    public const string Seeded = "seeded";
    public const string DecisionCreated = "decisionCreated";
    public const string DecisionChanged = "decisionChanged";
    public const string RuleAdded = "ruleAdded";
    public const string DeadlinesRecomputed = "deadlinesRecomputed";
}
