using KyCuong.Web;
using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Exchange.Domain;
using KyCuong.Web.Modules.Exchange.TrackHandling;

namespace KyCuong.UnitTests.Exchange;

/// <summary>The status state machine of an exchanged document (docs/domain.md "edXML exchange").</summary>
public sealed class ExchangeStatusTests
{
    [Theory]
    [InlineData(ExchangeStatus.Sent, ExchangeStatus.Delivered)]
    [InlineData(ExchangeStatus.Sent, ExchangeStatus.Received)]
    [InlineData(ExchangeStatus.Delivered, ExchangeStatus.Received)]
    [InlineData(ExchangeStatus.Received, ExchangeStatus.Assigned)]
    [InlineData(ExchangeStatus.Received, ExchangeStatus.Completed)]
    [InlineData(ExchangeStatus.Assigned, ExchangeStatus.InProgress)]
    [InlineData(ExchangeStatus.Assigned, ExchangeStatus.Completed)]
    [InlineData(ExchangeStatus.InProgress, ExchangeStatus.Completed)]
    [InlineData(ExchangeStatus.Received, ExchangeStatus.Returned)]
    [InlineData(ExchangeStatus.InProgress, ExchangeStatus.Returned)]
    public void ForwardMoves_AreLegal(ExchangeStatus from, ExchangeStatus to) => ExchangeStatuses.Move(from, to).ShouldBe(to);

    [Theory]
    [InlineData(ExchangeStatus.Completed, ExchangeStatus.InProgress)]
    [InlineData(ExchangeStatus.Completed, ExchangeStatus.Returned)]
    [InlineData(ExchangeStatus.Returned, ExchangeStatus.Received)]
    [InlineData(ExchangeStatus.Assigned, ExchangeStatus.Received)]
    [InlineData(ExchangeStatus.InProgress, ExchangeStatus.Assigned)]
    [InlineData(ExchangeStatus.Sent, ExchangeStatus.Assigned)]
    [InlineData(ExchangeStatus.Received, ExchangeStatus.Received)]
    [InlineData(ExchangeStatus.Received, ExchangeStatus.Sent)]
    public void BackwardOrSkippedArrivalMoves_AreRefusedWithTheirCode(ExchangeStatus from, ExchangeStatus to)
    {
        ExchangeStatuses.CanMove(from, to).ShouldBeFalse();
        Should.Throw<DomainException>(() => ExchangeStatuses.Move(from, to)).Code.ShouldBe("edxml.illegalTransition");
    }

    [Fact]
    public void FinalStates_HaveNoWayOut()
    {
        foreach (var to in Enum.GetValues<ExchangeStatus>())
        {
            ExchangeStatuses.CanMove(ExchangeStatus.Completed, to).ShouldBeFalse();
            ExchangeStatuses.CanMove(ExchangeStatus.Returned, to).ShouldBeFalse();
        }
    }

    [Theory]
    [InlineData("01", ExchangeStatus.Delivered)]
    [InlineData("02", ExchangeStatus.Returned)]
    [InlineData("03", ExchangeStatus.Received)]
    [InlineData("04", ExchangeStatus.Assigned)]
    [InlineData("05", ExchangeStatus.InProgress)]
    [InlineData("06", ExchangeStatus.Completed)]
    public void Codes_AreTheRegulations(string code, ExchangeStatus status)
    {
        ExchangeStatuses.Code(status).ShouldBe(code);
        ExchangeStatuses.TryParseCode(code, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(status);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("07")]
    [InlineData("4")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownCodes_AreNotRead(string? code) => ExchangeStatuses.TryParseCode(code, out _).ShouldBeFalse();

    [Fact]
    public void TheMessageKeepsItsStatus_WhenAMoveIsRefused()
    {
        var m = ExchangeMessage.Create(ExchangeDirection.Sent, Guid.NewGuid(), Guid.NewGuid(), "e", new EdXmlOrgan("A", "A"), new EdXmlOrgan("B", "B"), null, "s",
            ExchangeStatus.Sent, null, DateTime.UtcNow, null);
        m.MoveTo(ExchangeStatus.Received, DateTime.UtcNow);
        m.MoveTo(ExchangeStatus.Completed, DateTime.UtcNow);

        Should.Throw<DomainException>(() => m.MoveTo(ExchangeStatus.Assigned, DateTime.UtcNow));
        m.Status.ShouldBe(ExchangeStatus.Completed);
    }

    [Theory]
    [InlineData(false, false, 0, 0, ExchangeStatus.Received)]
    [InlineData(true, true, 2, 0, ExchangeStatus.Assigned)]
    [InlineData(true, true, 2, 1, ExchangeStatus.InProgress)]
    [InlineData(true, true, 2, 2, ExchangeStatus.Completed)]
    [InlineData(true, true, 0, 0, ExchangeStatus.Assigned)]
    public void TheRegistersFacts_GiveTheStatus(bool presented, bool directed, int tasks, int done, ExchangeStatus expected) =>
        ExchangeStatusJob.Target(new DocumentHandling(Guid.NewGuid(), presented, directed, tasks, done)).Status.ShouldBe(expected);
}
