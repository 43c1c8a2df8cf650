using KyCuong.Web;
using KyCuong.Web.Modules.Drafts;
using KyCuong.Web.Modules.Drafts.Domain;

namespace KyCuong.UnitTests.Drafts;

/// <summary>docs/domain.md "Drafts": the parts of NĐ 30/2020 Phụ lục I a draft prints, before and after issue, and the input rules.</summary>
public sealed class DraftLayoutTests
{
    private static readonly DateTime IssuedAt = new(2026, 2, 3, 2, 0, 0, DateTimeKind.Utc);

    private static readonly DraftHeading Division = new("Ủy ban nhân dân tỉnh An Giang", "Sở Nội vụ tỉnh An Giang", "SNV", "CCHC", UnitIsIssuer: false, "An Giang");

    private static Draft Letter(string type = "congVan") => new()
    {
        Id = Guid.NewGuid(), UnitId = Guid.NewGuid(), IssuerUnitId = Guid.NewGuid(), Type = type, Subject = "Báo cáo kết quả cải cách hành chính",
        Body = "Đoạn thứ nhất.\r\n\r\nĐoạn thứ hai.", Recipients = "Các sở, ban, ngành tỉnh\nỦy ban nhân dân các xã, phường",
        Signer = "Trần Văn Bảo", SignerPosition = "Phó Giám đốc", SigningForm = "KT.", SigningAuthority = "Giám đốc",
    };

    [Fact]
    public void Letter_BeforeIssue_HasBlankNumberAndDay_VvUnderTheNumber_AndTheArchiveLine()
    {
        var l = DraftLayout.Of(Letter(), Division, 2026);
        l.IssuerAbove.ShouldBe("ỦY BAN NHÂN DÂN TỈNH AN GIANG");
        l.Issuer.ShouldBe("SỞ NỘI VỤ TỈNH AN GIANG");
        l.NumberLine.ShouldMatch(@"^Số:\s+/SNV-CCHC$");
        l.PlaceAndDate.ShouldMatch(@"^An Giang, ngày\s+tháng\s+năm 2026$");
        l.LetterSubject.ShouldBe("V/v Báo cáo kết quả cải cách hành chính");
        l.TypeTitle.ShouldBeNull();
        l.Salutation.ShouldBe(["Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- Ủy ban nhân dân các xã, phường."]);
        l.Body.ShouldBe(["Đoạn thứ nhất.", "Đoạn thứ hai."]);
        l.Recipients.ShouldBe(["- Các sở, ban, ngành tỉnh;", "- Ủy ban nhân dân các xã, phường;", "- Lưu: VT, CCHC."]);
        l.SigningLines.ShouldBe(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    }

    [Fact]
    public void Issued_PrintsTheNumberAndTheDay_WithTheLeadingZerosOfTheDecree()
    {
        var d = Letter();
        d.Issue(5, "05/SNV-CCHC", new DateOnly(2026, 2, 3), Guid.NewGuid(), null, IssuedAt);
        var l = DraftLayout.Of(d, Division, 2026);
        l.NumberLine.ShouldBe("Số: 05/SNV-CCHC");
        l.PlaceAndDate.ShouldBe("An Giang, ngày 03 tháng 02 năm 2026");
        d.Version.ShouldBe(2);
        Should.Throw<InvalidOperationException>(() => d.Issue(6, "06/SNV-CCHC", new DateOnly(2026, 2, 3), Guid.NewGuid(), null, IssuedAt));

        var march = Letter();
        march.Issue(12, "12/SNV-CCHC", new DateOnly(2026, 3, 14), Guid.NewGuid(), null, IssuedAt);
        DraftLayout.Of(march, Division, 2026).PlaceAndDate.ShouldBe("An Giang, ngày 14 tháng 3 năm 2026");
    }

    [Theory]
    [InlineData("quyetDinh", "QĐ-SNV", "QUYẾT ĐỊNH", false)]
    [InlineData("toTrinh", "TTr-SNV", "TỜ TRÌNH", true)]
    [InlineData("baoCao", "BC-SNV", "BÁO CÁO", true)]
    [InlineData("thongBao", "TB-SNV", "THÔNG BÁO", false)]
    [InlineData("keHoach", "KH-SNV", "KẾ HOẠCH", false)]
    [InlineData("giayMoi", "GM-SNV", "GIẤY MỜI", true)]
    public void OtherTypes_StartTheSymbolWithTheTypesAbbreviation_AndPrintTheirNameOverTheSubject(string type, string symbol, string title, bool salutation)
    {
        var l = DraftLayout.Of(Letter(type), Division, 2026);
        l.NumberLine.ShouldEndWith("/" + symbol);
        l.TypeTitle.ShouldBe(title);
        l.SubjectTitle.ShouldBe("Báo cáo kết quả cải cách hành chính");
        l.LetterSubject.ShouldBeNull();
        (l.Salutation.Count > 0).ShouldBe(salutation);
    }

    [Fact]
    public void ABodyIssuingItself_HasItsOwnAbbreviationAsTheLettersSymbol_AndTheHeadSigningDirectlyPrintsThePositionOnly()
    {
        var own = Division with { UnitIsIssuer = true, UnitShortName = "SNV" };
        var d = Letter();
        d.SigningForm = "";
        d.SigningAuthority = null;
        d.SignerPosition = "Giám đốc";
        var l = DraftLayout.Of(d, own, 2026);
        l.NumberLine.ShouldEndWith("/SNV");
        l.SigningLines.ShouldBe(["GIÁM ĐỐC"]);
    }

    [Theory]
    [InlineData("Sở Nội vụ tỉnh An Giang", "An Giang")]
    [InlineData("Ủy ban nhân dân thành phố Hải Phòng", "Hải Phòng")]
    [InlineData("Bộ Nội vụ", null)]
    public void Place_IsTheProvinceOrCityInTheName(string name, string? place) => DraftLayout.PlaceOf(name).ShouldBe(place);

    [Fact]
    public void Input_RefusesEveryBadFieldAtOnce_AndChangesNothing()
    {
        var d = Letter();
        var e = Should.Throw<RequestValidationException>(() =>
            new DraftContent("thuTay", " ", null, [new string('x', 301)], null, null, "KY THAY", null).ApplyTo(d));
        e.Errors.Keys.ShouldBe(["type", "subject", "recipients", "signingForm"], ignoreOrder: true);
        d.Subject.ShouldBe("Báo cáo kết quả cải cách hành chính");

        var missingAuthority = Should.Throw<RequestValidationException>(() => new DraftContent("congVan", "V/v", null, null, null, null, "kt", null).ApplyTo(d));
        missingAuthority.Errors.Keys.ShouldBe(["signingAuthority"]);

        new DraftContent("quyetDinh", " Quyết định ", "Nội dung", [" A ", "", "B"], "Tên", "Phó Giám đốc", "kt", "Giám đốc").ApplyTo(d);
        (d.Type, d.Subject, d.Recipients, d.SigningForm).ShouldBe(("quyetDinh", "Quyết định", "A\nB", "KT."));
    }
}
