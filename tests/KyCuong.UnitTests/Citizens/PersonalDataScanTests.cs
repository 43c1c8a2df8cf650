using System.Text;
using KyCuong.Web.Modules.Citizens.Domain;

namespace KyCuong.UnitTests.Citizens;

/// <summary>The check before a feedback answer is published (docs/domain.md "Citizens", "No personal data in a published answer").</summary>
public sealed class PersonalDataScanTests
{
    private static readonly PersonalDataScan.Sender Sender = new("Lương Thị Xuyến", "0987 654 321", "xuyen.luong@example.vn");

    private static List<(string Kind, string Excerpt)> Scan(string text, PersonalDataScan.Sender? sender = null) =>
        [.. PersonalDataScan.Find("answer", text, sender ?? Sender).Select(f => (f.Kind, f.Excerpt))];

    [Theory]
    [InlineData("Bà Lương Thị Xuyến đã nhận kết quả.", "Bà L**** T** X****")]
    [InlineData("ba luong thi xuyen da nhan ket qua", "ba l**** t** x****")]
    [InlineData("LƯƠNG THỊ XUYẾN", "L**** T** X****")]
    [InlineData("Kính gửi chị Xuyến,", "chị X****")]
    [InlineData("Kính gửi bà Thị Xuyến,", "bà T** X****")]
    public void SenderName_AccentAndCaseInsensitive_FullOrAfterAFormOfAddress(string text, string excerpt) =>
        Scan(text).ShouldBe([(PersonalDataScan.Name, excerpt)]);

    [Fact]
    public void SenderName_DecomposedText_FoundAndIndexedInTheComposedText()
    {
        var text = "Trả lời: Lương Thị Xuyến".Normalize(NormalizationForm.FormD);
        var finding = PersonalDataScan.Find("answer", text, Sender).ShouldHaveSingleItem();
        finding.Index.ShouldBe(9);
        finding.Excerpt.ShouldBe("L**** T** X****");
    }

    [Theory]
    [InlineData("Xuyến Chi là tên một loài hoa.")]
    [InlineData("Phường Xuyên Mộc, xã Lương Hòa")]
    [InlineData("Thị xã Tân Châu")]
    public void NameWordsAlone_NotTheSender(string text) => Scan(text).ShouldBeEmpty();

    [Fact]
    public void OneWordName_OnlyAfterAFormOfAddress()
    {
        var guest = new PersonalDataScan.Sender("Khách", null, null);
        Scan("Khách hàng được trả kết quả đúng hẹn.", guest).ShouldBeEmpty();
        Scan("Kính gửi ông Khách.", guest).ShouldBe([(PersonalDataScan.Name, "ông K****")]);
    }

    [Theory]
    [InlineData("Gọi 0912345678.", "09******78")]
    [InlineData("Gọi 0912 345 678.", "09** *** *78")]
    [InlineData("Gọi 0912.345.678.", "09**.***.*78")]
    [InlineData("Gọi 091-234-5678.", "09*-***-**78")]
    [InlineData("Gọi +84 912 345 678.", "+84 *** *** *78")]
    [InlineData("Gọi +84912345678.", "+84*******78")]
    [InlineData("Gọi 0084 912 345 678.", "00** *** *** *78")]
    [InlineData("ĐT:0912345678", "09******78")]
    [InlineData("Ngày 12.02.2026 0912 345 678", "09** *** *78")]
    public void AnyVietnameseMobile_WithSpacesDotsOrDashes(string text, string excerpt) =>
        Scan(text, new(null, null, null)).ShouldBe([(PersonalDataScan.Phone, excerpt)]);

    [Fact]
    public void RecordedPhone_InAnyShape_EvenALandline()
    {
        var landline = new PersonalDataScan.Sender(null, "0296 3852 123", null);
        Scan("Liên hệ +84 296 3852 123 hoặc 0296.3852.123", landline).Select(f => f.Kind).ShouldBe([PersonalDataScan.Phone, PersonalDataScan.Phone]);
        Scan("Số máy +84 987 654 321").ShouldBe([(PersonalDataScan.Phone, "+84 *** *** *21")]);
    }

    [Theory]
    [InlineData("CCCD 079123456789 cấp ngày 01/01/2021", "07********89")]
    [InlineData("CCCD 079 123 456 789", "07* *** *** *89")]
    [InlineData("CMND số 381234567", "38*****67")]
    public void CitizenId_NineOrTwelveDigits(string text, string excerpt) =>
        Scan(text).ShouldBe([(PersonalDataScan.CitizenId, excerpt)]);

    [Theory]
    [InlineData("Lệ phí 100.000.000 đồng.")]
    [InlineData("Lệ phí 100 000 000 đồng.")]
    [InlineData("Số tiền 123456789 VNĐ")]
    [InlineData("Ngày 12/02/2026, hồ sơ 000.00.12.H01-260203-0007, Quyết định 766/QĐ-TTg")]
    [InlineData("Mã số thuế 1600123456-001, năm 2020-2025")]
    [InlineData("Hỏi thêm: sct@angiang.gov.vn")]
    public void MoneyDatesCodesAndStateMailboxes_NotPersonalData(string text) => Scan(text).ShouldBeEmpty();

    [Fact]
    public void Email_AnyAddress_AndTheSendersOwnEvenOnAStateDomain()
    {
        Scan("Gửi tới XUYEN.LUONG@EXAMPLE.VN hoặc ban.a@gmail.com").ShouldBe(
            [(PersonalDataScan.Email, "X****.*****@*******.VN"), (PersonalDataScan.Email, "b**.*@*****.com")]);
        var official = new PersonalDataScan.Sender("Trần Văn Bình", null, "binhtv@angiang.gov.vn");
        Scan("Đã gửi tới binhtv@angiang.gov.vn", official).ShouldBe([(PersonalDataScan.Email, "b*****@*******.***.vn")]);
    }

    [Fact]
    public void NestedFindings_OneEach_InTextOrder()
    {
        var findings = PersonalDataScan.Find("answer", "0912345678@gmail.com; 079 123 456 789; bà Lương Thị Xuyến", Sender);
        findings.Select(f => (f.Kind, f.Index)).ShouldBe([(PersonalDataScan.Email, 0), (PersonalDataScan.CitizenId, 22), (PersonalDataScan.Name, 39)]);
    }

    [Fact]
    public void ErasedSender_PatternsStillFound()
    {
        var erased = new PersonalDataScan.Sender(null, null, null);
        Scan("Bà Lương Thị Xuyến, 0987654321", erased).ShouldBe([(PersonalDataScan.Phone, "09******21")]);
    }
}
