using KyCuong.Web;
using KyCuong.Web.Modules.Consultations.Domain;

namespace KyCuong.UnitTests.Consultations;

/// <summary>docs/domain.md §8: the consulted unit's answer, delay notice and return are moves its state must allow.</summary>
public sealed class ConsultationAggregateTests
{
    private static readonly DateOnly Due = new(2026, 2, 10);

    // 16:00 on the due day is still in time; 00:00 the next day (Vietnam time) is past the end of the period.
    private static readonly DateTimeOffset InTime = new(2026, 2, 10, 16, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Late = new(2026, 2, 11, 0, 0, 0, TimeSpan.FromHours(7));

    private static ConsultationParticipant Participant()
    {
        var c = new Consultation(Guid.NewGuid(), "Dự thảo", "Đề xuất", Guid.NewGuid(), null, null, null, new DateOnly(2026, 2, 3), InTime.UtcDateTime, Due, 5);
        return c.Consult(Guid.NewGuid(), false, null);
    }

    [Fact]
    public void Answer_InTime_IsTheAnswer_ASecondIsRefused()
    {
        var p = Participant();
        p.Answer(Outcomes.Disagreed, "disagree", "Trái luật", null, InTime, Due, null).ShouldBeFalse();
        p.Outcome.ShouldBe(Outcomes.Disagreed);
        Should.Throw<DomainException>(() => p.Answer(Outcomes.Agreed, "agree", null, null, InTime, Due, null)).Code.ShouldBe("consultation.alreadyAnswered");
    }

    [Fact]
    public void Answer_AfterThePeriod_IsKeptAsLate_AndChangesNothing()
    {
        var p = Participant();
        p.Answer(Outcomes.Agreed, "agree", "Nhất trí", null, Late, Due, null).ShouldBeTrue();
        p.Outcome.ShouldBe(Outcomes.Pending);
        p.LateStance.ShouldBe("agree");
        Should.Throw<DomainException>(() => p.Answer(Outcomes.Agreed, "agree", null, null, Late, Due, null)).Code.ShouldBe("consultation.alreadyAnswered");
    }

    [Fact]
    public void DelayNotice_OnlyBeforeTheDeadline_ThenTheAnswerStillCounts()
    {
        Should.Throw<DomainException>(() => Participant().NotifyDelay("Chờ số liệu", Late, Due)).Code.ShouldBe("consultation.deadlinePassed");
        var p = Participant();
        p.NotifyDelay("Chờ số liệu", InTime, Due);
        p.Outcome.ShouldBe(Outcomes.DelayNotified);
        Should.Throw<DomainException>(() => p.NotifyDelay("Lần nữa", InTime, Due)).Code.ShouldBe("consultation.alreadyAnswered");
        p.Answer(Outcomes.AgreedWithConditions, "agreeWithConditions", "Bổ sung kinh phí", "generic", InTime, Due, null).ShouldBeFalse();
        p.GenericAnswer.ShouldBeTrue();
    }

    [Fact]
    public void Return_OnlyWhilePendingAndInTime_ResolveOnlyADisagreement()
    {
        Should.Throw<DomainException>(() => Participant().Return("Không thuộc thẩm quyền", Guid.NewGuid(), "mục", Late, Due)).Code.ShouldBe("consultation.deadlinePassed");
        var p = Participant();
        p.Return("Không thuộc thẩm quyền", Guid.NewGuid(), "mục", InTime, Due);
        p.Outcome.ShouldBe(Outcomes.Returned);
        Should.Throw<DomainException>(() => p.Answer(Outcomes.Agreed, "agree", null, null, InTime, Due, null)).Code.ShouldBe("consultation.alreadyAnswered");
        Should.Throw<DomainException>(() => p.Resolve("reconciled", Due, "Họp", InTime.UtcDateTime, null)).Code.ShouldBe("consultation.notDisagreed");
    }

    [Fact]
    public void Recompute_MovesTheDueDateUntilThePeriodWasHandled()
    {
        var c = new Consultation(Guid.NewGuid(), "Dự thảo", "Đề xuất", Guid.NewGuid(), null, null, null, new DateOnly(2026, 2, 3), InTime.UtcDateTime, Due, 5);
        c.Recompute(Due).ShouldBeNull();
        c.Recompute(Due.AddDays(1)).ShouldBe(Due);
        c.DueDate.ShouldBe(Due.AddDays(1));
        var unit = Guid.NewGuid();
        c.Consult(unit, false, null);
        Should.Throw<DomainException>(() => c.Consult(unit, true, "lý do")).Code.ShouldBe("consultation.alreadyConsulted");
    }
}
