using KyCuong.Web;
using KyCuong.Web.Modules.Tasks.Domain;

namespace KyCuong.UnitTests.Tasks;

public sealed class WorkTaskTests
{
    private static readonly Guid Province = Guid.NewGuid();
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();

    private static WorkTask NewTask() => new(Guid.NewGuid(), "Nhiệm vụ", null, Province, null, A, null, [B], new DateOnly(2026, 2, 3),
        new DateTime(2026, 2, 3, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 2, 10), null);

    [Fact]
    public void Complete_Twice_ThrowsAlreadyCompleted()
    {
        var task = NewTask();
        task.Complete(new DateOnly(2026, 2, 4), DateTime.UnixEpoch, "Xong", null);
        Should.Throw<DomainException>(() => task.Complete(new DateOnly(2026, 2, 5), DateTime.UnixEpoch, "Lại", null)).Code.ShouldBe("task.alreadyCompleted");
    }

    [Fact]
    public void Reroute_BackToEarlierLead_FlagsBounceKeepsReceipt()
    {
        var task = NewTask();
        var version = task.Version;
        task.Return();
        task.Reroute(B, null, ledBefore: false);
        task.Bounced.ShouldBeFalse();
        task.Coordinators.ShouldBeEmpty(); // the new lead is no longer also a coordinator
        task.Return();
        task.Reroute(A, null, ledBefore: true);
        task.Bounced.ShouldBeTrue();
        task.ReturnCount.ShouldBe(2);
        task.RerouteCount.ShouldBe(2);
        task.ReceivedOn.ShouldBe(new DateOnly(2026, 2, 3));
        task.Version.ShouldBe(version + 4);
    }

    [Fact]
    public void Return_Completed_Throws()
    {
        var task = NewTask();
        task.Complete(new DateOnly(2026, 2, 4), DateTime.UnixEpoch, "Xong", null);
        Should.Throw<DomainException>(task.Return).Code.ShouldBe("task.alreadyCompleted");
    }

    [Fact]
    public void MoveDueDate_Extension_CountsAndKeepsOriginal()
    {
        var task = NewTask();
        task.MoveDueDate(new DateOnly(2026, 2, 27), isExtension: true);
        task.ExtensionCount.ShouldBe(1);
        task.OriginalDueDate.ShouldBe(new DateOnly(2026, 2, 10));
        task.DueDate.ShouldBe(new DateOnly(2026, 2, 27));
    }
}
