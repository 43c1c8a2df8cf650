using KyCuong.Web.Modules.Documents.Domain;

namespace KyCuong.UnitTests.Documents;

public sealed class PresentationPolicyTests
{
    private static readonly DateOnly Thu = new(2026, 2, 5);
    private static readonly DateOnly Fri = new(2026, 2, 6);

    [Fact]
    public void DueDate_Urgent_SameDay() => PresentationPolicy.DueDate(Thu, Urgency.HoaToc, Fri).ShouldBe(Thu);

    [Fact]
    public void DueDate_Ordinary_NextWorkingDay() => PresentationPolicy.DueDate(Thu, Urgency.None, Fri).ShouldBe(Fri);

    [Theory]
    [InlineData(2026, 2, 6, false)]
    [InlineData(2026, 2, 7, true)]
    public void IsOverdue_AfterTheDueDayEnds(int y, int m, int d, bool overdue)
    {
        var doc = new Document { Direction = DocumentDirection.Incoming, PresentDueDate = Fri };
        PresentationPolicy.IsOverdue(doc, new DateOnly(y, m, d)).ShouldBe(overdue);
    }

    [Fact]
    public void IsOverdue_PresentedOrOutgoing_Never()
    {
        var presented = new Document { Direction = DocumentDirection.Incoming, PresentDueDate = Thu };
        presented.Present(null, default);
        PresentationPolicy.IsOverdue(presented, Fri.AddDays(10)).ShouldBeFalse();
        PresentationPolicy.IsOverdue(new Document { Direction = DocumentDirection.Outgoing, PresentDueDate = Thu }, Fri.AddDays(10)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Hỏa tốc", Urgency.HoaToc)]
    [InlineData("Hoả tốc", Urgency.HoaToc)]
    [InlineData("thuong khan", Urgency.ThuongKhan)]
    [InlineData("Khẩn", Urgency.Khan)]
    [InlineData(null, Urgency.None)]
    public void TryParseUrgency_AcceptsPrintedForms(string? text, object expected)
    {
        DocumentMarks.TryParseUrgency(text, out var u).ShouldBeTrue();
        u.ShouldBe((Urgency)expected);
    }
}
