using KyCuong.Web.Platform.Web.Dates;

namespace KyCuong.UnitTests.Platform;

/// <summary>Dates typed day first on the pages (Platform/Web/Dates): what is accepted and what each refusal says.</summary>
public sealed class VietnamDatesTests
{
    [Theory]
    [InlineData("04/05/2027", 2027, 5, 4)]
    [InlineData("4/5/2027", 2027, 5, 4)]
    [InlineData(" 04-05-2027 ", 2027, 5, 4)]
    [InlineData("04.05.2027", 2027, 5, 4)]
    [InlineData("2027-05-04", 2027, 5, 4)]
    [InlineData("29/02/2028", 2028, 2, 29)]
    public void DayFirstOrIso_Parses(string typed, int year, int month, int day)
    {
        VietnamDates.TryParse(typed, out var date).ShouldBeNull();
        date.ShouldBe(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("31/02/2027", "không có thật: tháng 02/2027 chỉ có 28 ngày")]
    [InlineData("29/02/2027", "chỉ có 28 ngày")]
    [InlineData("31/04/2027", "chỉ có 30 ngày")]
    [InlineData("04/13/2027", "tháng phải từ 1 đến 12")]
    [InlineData("05/04/27", "ngày/tháng/năm")]
    [InlineData("mai", "ngày/tháng/năm")]
    [InlineData("2027/05/04", "ngày/tháng/năm")]
    public void NotARealDate_IsRefusedWithAReason(string typed, string reason)
    {
        VietnamDates.TryParse(typed, out _).ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void Show_IsDayFirstWithLeadingZeros() => VietnamDates.Show(new DateOnly(2027, 5, 4)).ShouldBe("04/05/2027");
}
