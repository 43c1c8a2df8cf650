using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web;

namespace KyCuong.UnitTests.Documents;

/// <summary>NĐ 30/2020 art. 15, 22, 24 (docs/domain.md §5): the register entry itself refuses the moves its state does not allow.</summary>
public sealed class DocumentAggregateTests
{
    private static readonly DateTime At = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    private static Document Entry(DocumentDirection direction) => new()
    {
        Id = Guid.NewGuid(), Direction = direction, RegisteringUnitId = Guid.NewGuid(), IssuerName = "UBND tỉnh", Subject = "Về việc thử", Year = 2026,
    };

    [Fact]
    public void Present_OnceOnly_AndOnlyIncoming()
    {
        var incoming = Entry(DocumentDirection.Incoming);
        var clerk = Guid.NewGuid();
        incoming.Present(clerk, At);
        incoming.PresentedAtUtc.ShouldBe(At);
        incoming.PresentedByUserId.ShouldBe(clerk);
        incoming.Version.ShouldBe(1);
        Should.Throw<DomainException>(() => incoming.Present(clerk, At.AddHours(1))).Code.ShouldBe("document.alreadyPresented");
        incoming.PresentedAtUtc.ShouldBe(At);

        Should.Throw<DomainException>(() => Entry(DocumentDirection.Outgoing).Present(clerk, At)).Code.ShouldBe("document.notIncoming");
    }

    [Fact]
    public void RecordDirection_OnceOnly_PresentsAnUnpresentedDocument_AndKeepsDistinctCoordinators()
    {
        var doc = Entry(DocumentDirection.Incoming);
        var lead = Guid.NewGuid();
        var other = Guid.NewGuid();
        doc.RecordDirection(Guid.NewGuid(), At, lead, null, [other, other], new DateOnly(2026, 3, 20), null, "  Giao Sở Nội vụ chủ trì.  ");
        doc.IsDirected.ShouldBeTrue();
        doc.PresentedAtUtc.ShouldBe(At);
        doc.LeadUnitId.ShouldBe(lead);
        doc.CoordinatingUnitIds.ShouldBe(other.ToString());
        doc.DirectionNote.ShouldBe("Giao Sở Nội vụ chủ trì.");
        Should.Throw<DomainException>(() => doc.RecordDirection(null, At, lead, null, null, null, 5, null)).Code.ShouldBe("document.alreadyDirected");
        doc.DirectionWorkingDays.ShouldBeNull();
    }

    [Fact]
    public void Numbering_ArrivalOnceForIncoming_OutgoingNeverForIncoming()
    {
        var incoming = Entry(DocumentDirection.Incoming);
        incoming.NumberOnArrival(7);
        incoming.ArrivalNumber.ShouldBe(7);
        Should.Throw<InvalidOperationException>(() => incoming.NumberOnArrival(8));
        Should.Throw<InvalidOperationException>(() => incoming.NumberOutgoing(3, "03/UBND-VP"));

        var outgoing = Entry(DocumentDirection.Outgoing);
        Should.Throw<InvalidOperationException>(() => outgoing.NumberOnArrival(1));
        outgoing.NumberOutgoing(3, "03/UBND-VP");
        outgoing.NumberSymbol.ShouldBe("03/UBND-VP");
        outgoing.Number.ShouldBe(3);
    }
}
