using KyCuong.Web;
using KyCuong.Web.Modules.Submissions.Domain;

namespace KyCuong.UnitTests.Submissions;

/// <summary>docs/domain.md §9: the submission itself refuses the moves its state does not allow.</summary>
public sealed class SubmissionAggregateTests
{
    private static readonly DateTime At = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    private static Submission Draft(int options = 0, int? chosen = null, string? reason = null)
    {
        var s = new Submission(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At);
        s.Revise("Tờ trình", Guid.NewGuid(), null, "Luật", "Thẩm quyền", "Ý kiến", "Kiến nghị", "[]", options, chosen, reason, null, null, null, false);
        return s;
    }

    [Fact]
    public void Submit_ReturnSubmitAccept_CountsTheReturnAndKeepsTheFirstSendingTime()
    {
        var s = Draft();
        s.Submit(At).ShouldBeFalse();
        s.Return();
        s.Status.ShouldBe(SubmissionStatus.Returned);
        s.Submit(At.AddDays(2)).ShouldBeTrue();
        s.FirstSubmittedAtUtc.ShouldBe(At);
        s.Accept(At.AddDays(3));
        s.Status.ShouldBe(SubmissionStatus.Accepted);
        s.ReturnCount.ShouldBe(1);
        s.ClosedAtUtc.ShouldBe(At.AddDays(3));
    }

    [Fact]
    public void Submit_WhenWithTheOffice_IsRefused() =>
        Should.Throw<DomainException>(() =>
        {
            var s = Draft();
            s.Submit(At);
            s.Submit(At);
        }).Code.ShouldBe("submission.alreadySubmitted");

    [Fact]
    public void ReturnOrAccept_ADraft_IsRefused()
    {
        Should.Throw<DomainException>(() => Draft().Return()).Code.ShouldBe("submission.notWithOffice");
        Should.Throw<DomainException>(() => Draft().Accept(At)).Code.ShouldBe("submission.notWithOffice");
    }

    [Fact]
    public void Revise_WhenWithTheOffice_IsRefused()
    {
        var s = Draft();
        s.Submit(At);
        Should.Throw<DomainException>(() => s.Revise("x", Guid.NewGuid(), null, "a", "b", "c", "d", "[]", 0, null, null, null, null, null, false))
            .Code.ShouldBe("submission.notWithSender");
    }

    [Fact]
    public void Revise_TwoOptionsWithoutChoiceOrReason_IsRefused_OneOptionIsChosenByItself()
    {
        Should.Throw<DomainException>(() => Draft(options: 2, chosen: 1)).Code.ShouldBe("submission.choiceRequired");
        Should.Throw<DomainException>(() => Draft(options: 2, reason: "rẻ hơn")).Code.ShouldBe("submission.choiceRequired");
        Should.Throw<DomainException>(() => Draft(options: 2, chosen: 2, reason: "rẻ hơn")).Code.ShouldBe("submission.choiceOutOfRange");
        Draft(options: 2, chosen: 1, reason: " rẻ hơn ").ChoiceReason.ShouldBe("rẻ hơn");
        Draft(options: 1).ChosenOptionIndex.ShouldBe(0);
        Draft(options: 0).ChosenOptionIndex.ShouldBeNull();
    }
}
