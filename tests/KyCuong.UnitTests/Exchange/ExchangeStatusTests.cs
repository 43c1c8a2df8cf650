using KyCuong.Web;
using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Exchange.Domain;
using KyCuong.Web.Modules.Exchange.TrackHandling;

namespace KyCuong.UnitTests.Exchange;

/// <summary>The status state machine of an exchanged document (docs/domain.md "edXML exchange").</summary>
public sealed class ExchangeStatusTests
{
    private static readonly DateTime At = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);

    private static ExchangeStatus S(string name) => Enum.Parse<ExchangeStatus>(name);

    [Theory]
    [InlineData("Sent", "Delivered")]
    [InlineData("Sent", "Received")]
    [InlineData("Delivered", "Received")]
    [InlineData("Received", "Assigned")]
    [InlineData("Received", "Completed")]
    [InlineData("Assigned", "InProgress")]
    [InlineData("Assigned", "Completed")]
    [InlineData("InProgress", "Completed")]
    [InlineData("Received", "Returned")]
    [InlineData("InProgress", "Returned")]
    public void ForwardMoves_AreLegal(string from, string to) => ExchangeStatuses.Move(S(from), S(to)).ShouldBe(S(to));

    [Theory]
    [InlineData("Completed", "InProgress")]
    [InlineData("Completed", "Returned")]
    [InlineData("Returned", "Received")]
    [InlineData("Assigned", "Received")]
    [InlineData("InProgress", "Assigned")]
    [InlineData("Sent", "Assigned")]
    [InlineData("Received", "Received")]
    [InlineData("Received", "Sent")]
    public void BackwardOrSkippedArrivalMoves_AreRefusedWithTheirCode(string from, string to)
    {
        ExchangeStatuses.CanMove(S(from), S(to)).ShouldBeFalse();
        Should.Throw<DomainException>(() => ExchangeStatuses.Move(S(from), S(to))).Code.ShouldBe("edxml.illegalTransition");
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
    [InlineData("01", "Delivered")]
    [InlineData("02", "Returned")]
    [InlineData("03", "Received")]
    [InlineData("04", "Assigned")]
    [InlineData("05", "InProgress")]
    [InlineData("06", "Completed")]
    public void Codes_AreTheRegulations(string code, string name)
    {
        var status = S(name);
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
            ExchangeStatus.Sent, null, At, null);
        m.MoveTo(ExchangeStatus.Received, At);
        m.MoveTo(ExchangeStatus.Completed, At);

        Should.Throw<DomainException>(() => m.MoveTo(ExchangeStatus.Assigned, At));
        m.Status.ShouldBe(ExchangeStatus.Completed);
    }

    [Theory]
    [InlineData(false, false, 0, 0, "Received")]
    [InlineData(true, true, 2, 0, "Assigned")]
    [InlineData(true, true, 2, 1, "InProgress")]
    [InlineData(true, true, 2, 2, "Completed")]
    [InlineData(true, true, 0, 0, "Assigned")]
    public void TheRegistersFacts_GiveTheStatus(bool presented, bool directed, int tasks, int done, string expected) =>
        ExchangeStatusJob.Target(new DocumentHandling(Guid.NewGuid(), presented, directed, tasks, done)).Status.ShouldBe(S(expected));
}
