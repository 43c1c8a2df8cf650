using KyCuong.Web.Modules.Chasing.Contracts;
using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Submissions.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;

namespace KyCuong.UnitTests.Evaluation;

/// <summary>docs/domain.md "Evaluation: patterns and candidates": each pattern's rule by hand, on a quarter 2026-Q3 (Vietnam time).</summary>
public sealed class ShirkingPatternsTests
{
    private static readonly Guid Me = Guid.NewGuid();
    private static readonly Guid Boss = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private static readonly Guid UnitA = Guid.NewGuid();
    private static readonly Guid UnitB = Guid.NewGuid();
    private static readonly DateTime From = new(2026, 6, 30, 17, 0, 0, DateTimeKind.Utc); // 01/07/2026 00:00 in Vietnam
    private static readonly DateTime To = new(2026, 9, 30, 17, 0, 0, DateTimeKind.Utc);
    private static readonly PatternSettings Settings = new(LastDayWorkingDays: 1, SerialExtensionsFrom: 2);
    private static readonly IReadOnlySet<Guid> Group = new HashSet<Guid> { Me };

    private static bool Weekday(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>An instant on a Vietnamese day at 09:00.</summary>
    private static DateTime Vn(int m, int d, int h = 9) => new DateTime(2026, m, d, h, 0, 0, DateTimeKind.Utc).AddHours(-7);

    private static ConductTask NewTask(DateOnly? due, ConductStep[]? steps = null, ConductRouting[]? routings = null, ConductExtension[]? extensions = null) =>
        new(Guid.NewGuid(), "Nhiệm vụ thử", UnitA, due, due, Vn(7, 1), steps ?? [new ConductStep(Boss, Me, Vn(7, 1), null)], routings ?? [], extensions ?? []);

    private static ConductTally Tally(IReadOnlyList<ConductTask> tasks, ConductFacts? more = null, PatternSettings? settings = null) =>
        ShirkingPatterns.Tally(Group, more is null ? new ConductFacts(tasks, [], [], [], []) : more with { Tasks = tasks }, From, To, settings ?? Settings, Weekday,
            new Dictionary<Guid, string>());

    [Fact]
    public void Bounce_IsALeadUnitLeadingAgainAfterAnother()
    {
        ConductRouting R(string kind, Guid unit) => new(kind, unit, Me, Vn(7, 2));
        ShirkingPatterns.Bounced(NewTask(null, routings: [R("assigned", UnitA), R("returned", UnitA), R("rerouted", UnitB), R("returned", UnitB), R("rerouted", UnitA)]))
            .ShouldBeTrue();
        ShirkingPatterns.Bounced(NewTask(null, routings: [R("assigned", UnitA), R("returned", UnitA), R("rerouted", UnitB)])).ShouldBeFalse();
        ShirkingPatterns.Bounced(NewTask(null, routings: [R("assigned", UnitA), R("rerouted", UnitA)])).ShouldBeFalse();
    }

    [Fact]
    public void BackAndForth_AReturnOnABouncedTask_OrHandingStraightBackToTheGiver()
    {
        var bounced = NewTask(new DateOnly(2026, 8, 14), routings:
            [new("assigned", UnitA, Boss, Vn(7, 1)), new("returned", UnitA, Me, Vn(7, 3)), new("rerouted", UnitB, Boss, Vn(7, 6)), new("returned", UnitB, Other, Vn(7, 8)),
             new("rerouted", UnitA, Boss, Vn(7, 9))]);
        var handedBack = NewTask(new DateOnly(2026, 8, 14), steps: [new(Boss, Me, Vn(7, 1), Vn(7, 2)), new(Me, Boss, Vn(7, 2), null)]);
        // Handing on to a third person is no bounce; nor is a return of a task that never came back.
        var handedOn = NewTask(new DateOnly(2026, 8, 14), steps: [new(Boss, Me, Vn(7, 1), Vn(7, 2)), new(Me, Other, Vn(7, 2), null)]);
        var returnedOnce = NewTask(new DateOnly(2026, 8, 14), routings: [new("assigned", UnitA, Boss, Vn(7, 1)), new("returned", UnitA, Me, Vn(7, 3)), new("rerouted", UnitB, Boss, Vn(7, 6))]);
        var t = Tally([bounced, handedBack, handedOn, returnedOnce]);
        t.Tasks.ShouldBe(4);
        t.Cases[PatternCodes.BackAndForth].Select(c => c.Id).ShouldBe([bounced.TaskId, handedBack.TaskId], ignoreOrder: true);
        t.Cases[PatternCodes.BackAndForth].Single(c => c.Id == bounced.TaskId).Date.ShouldBe(new DateOnly(2026, 7, 3));
        t.Rate(PatternCodes.BackAndForth).ShouldBe(50m);
    }

    [Fact]
    public void LastDayHandoff_ByTheHolder_OnTheDeadlineInForce()
    {
        // Due Fri 14/8. On the day: a case. On Thu 13/8: not with a one-day window, a case with a two-day window.
        var onTheDay = NewTask(new DateOnly(2026, 8, 14), steps: [new(Boss, Me, Vn(7, 1), Vn(8, 14)), new(Me, Other, Vn(8, 14, 16), null)]);
        var dayBefore = NewTask(new DateOnly(2026, 8, 14), steps: [new(Boss, Me, Vn(7, 1), Vn(8, 13)), new(Me, Other, Vn(8, 13), null)]);
        // The window counts working days: due Mon 17/8, two days reach back to Fri 14/8 over the weekend.
        var overWeekend = NewTask(new DateOnly(2026, 8, 17), steps: [new(Boss, Me, Vn(7, 1), Vn(8, 14)), new(Me, Other, Vn(8, 14), null)]);
        // A leader re-assigning the holder's task is not the holder's hand-off.
        var byLeader = NewTask(new DateOnly(2026, 8, 14), steps: [new(Boss, Other, Vn(7, 1), Vn(8, 14)), new(Me, Boss, Vn(8, 14), null)]);
        // An extension approved before the hand-off moved the deadline to 28/8: 14/8 is no longer the last day.
        var extended = NewTask(new DateOnly(2026, 8, 14), steps: [new(Boss, Me, Vn(7, 1), Vn(8, 14)), new(Me, Other, Vn(8, 14), null)],
            extensions: [new(Me, Vn(8, 10), new DateOnly(2026, 8, 14), new DateOnly(2026, 8, 28), true, Vn(8, 11))]);
        Tally([onTheDay, dayBefore, overWeekend, byLeader, extended]).Cases[PatternCodes.LastDayHandoffs].Select(c => c.Id).ShouldBe([onTheDay.TaskId]);
        Tally([onTheDay, dayBefore, overWeekend, byLeader, extended], settings: Settings with { LastDayWorkingDays = 2 }).Cases[PatternCodes.LastDayHandoffs]
            .Select(c => c.Id).ShouldBe([onTheDay.TaskId, dayBefore.TaskId, overWeekend.TaskId], ignoreOrder: true);
        ShirkingPatterns.WindowStart(new DateOnly(2026, 8, 17), 2, Weekday).ShouldBe(new DateOnly(2026, 8, 14));
    }

    [Fact]
    public void SerialExtensions_TheSecondRequestOnOneTask_AskedByTheGroupInThePeriod()
    {
        ConductExtension E(Guid by, int m, int d) => new(by, Vn(m, d), new DateOnly(2026, 8, 14), new DateOnly(2026, 8, 28), true, Vn(m, d, 15));
        var twice = NewTask(new DateOnly(2026, 8, 14), extensions: [E(Me, 8, 10), E(Me, 8, 20)]);
        var once = NewTask(new DateOnly(2026, 8, 14), extensions: [E(Me, 8, 10)]);
        var secondByOther = NewTask(new DateOnly(2026, 8, 14), extensions: [E(Me, 8, 10), E(Other, 8, 20)]);
        var secondBefore = NewTask(new DateOnly(2026, 8, 14), extensions: [E(Me, 6, 1), E(Me, 6, 20)]);
        var t = Tally([twice, once, secondByOther, secondBefore]);
        t.Cases[PatternCodes.SerialExtensions].Select(c => (c.Id, c.Date)).ShouldBe([(twice.TaskId, new DateOnly(2026, 8, 20))]);
        t.Rate(PatternCodes.SerialExtensions).ShouldBe(25m);
        Tally([twice], settings: Settings with { SerialExtensionsFrom = 3 }).Cases[PatternCodes.SerialExtensions].ShouldBeEmpty();
    }

    [Fact]
    public void Reminders_Submissions_Consultations_AreTheGroupsOwn_InThePeriod()
    {
        var task = NewTask(new DateOnly(2026, 8, 14));
        var c = Guid.NewGuid();
        var facts = new ConductFacts([],
            [new(task.TaskId, Me, "overdue", Vn(8, 17)), new(task.TaskId, Me, "manual", Vn(8, 18)), new(task.TaskId, Other, "manual", Vn(8, 18)),
             new(task.TaskId, Me, "manual", Vn(10, 1))],
            [new(Guid.NewGuid(), "Tờ trình thử", Me, UnitA, Vn(8, 3)), new(Guid.NewGuid(), "Tờ trình khác", Other, UnitA, Vn(8, 3))],
            [new(Guid.NewGuid(), "Lấy ý kiến thử", Me, Vn(8, 5), "Ý kiến quá ngắn")],
            [new(c, "Lấy ý kiến hai cơ quan", Me, UnitA, Vn(8, 6), null), new(c, "Lấy ý kiến hai cơ quan", Me, UnitB, Vn(8, 6), "Có liên quan đến đất đai")]);
        var t = Tally([task], facts);
        t.Tasks.ShouldBe(1);
        t.Cases[PatternCodes.Reminders].Count.ShouldBe(2);
        t.Rate(PatternCodes.Reminders).ShouldBe(200m);
        t.Cases[PatternCodes.OwnCompetenceSubmissions].Single().Title.ShouldBe("Tờ trình thử");
        t.Cases[PatternCodes.GenericAnswers].Single().Note.ShouldBe("Ý kiến quá ngắn");
        t.Cases[PatternCodes.UnrelatedConsultations].Count.ShouldBe(1);
    }

    [Fact]
    public void Handled_AStepOverlappingThePeriod_OrAReturnInIt_RatesRoundToOneDecimal()
    {
        var before = NewTask(new DateOnly(2026, 6, 10), steps: [new(Boss, Me, Vn(6, 1), Vn(6, 15)), new(Me, Other, Vn(6, 15), null)]);
        var across = NewTask(new DateOnly(2026, 7, 10), steps: [new(Boss, Me, Vn(6, 1), null)]);
        var returned = NewTask(new DateOnly(2026, 7, 10), steps: [], routings: [new("returned", UnitA, Me, Vn(7, 2))]);
        var back = NewTask(new DateOnly(2026, 8, 14), steps: [new(Boss, Me, Vn(7, 1), Vn(7, 2)), new(Me, Boss, Vn(7, 2), null)]);
        var t = Tally([before, across, returned, back]);
        t.Tasks.ShouldBe(3);
        t.Rate(PatternCodes.BackAndForth).ShouldBe(33.3m);
        Tally([]).Rate(PatternCodes.Reminders).ShouldBeNull();
    }

    [Fact]
    public void Median_OfThePeersWithTasks()
    {
        ShirkingPatterns.Median([0m, 50m, null, 10m]).ShouldBe(10m);
        ShirkingPatterns.Median([0m, 0m, 0m, 100m]).ShouldBe(0m);
        ShirkingPatterns.Median([0m, 25m]).ShouldBe(12.5m);
        ShirkingPatterns.Median([null]).ShouldBeNull();
    }
}
