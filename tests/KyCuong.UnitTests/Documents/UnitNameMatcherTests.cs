using KyCuong.Web.Modules.Documents.Domain;

namespace KyCuong.UnitTests.Documents;

public sealed class UnitNameMatcherTests
{
    private static readonly Guid Root = Guid.NewGuid();
    private static readonly Guid AnGiang = Guid.NewGuid();
    private static readonly Guid KienGiang = Guid.NewGuid();
    private static readonly Guid SnvAg = Guid.NewGuid();
    private static readonly Guid SnvKg = Guid.NewGuid();
    private static readonly Guid ThanhTra = Guid.NewGuid();
    private static readonly Guid VpAg = Guid.NewGuid();
    private static readonly Guid Vpcp = Guid.NewGuid();
    private static readonly Guid Bnv = Guid.NewGuid();

    private static readonly UnitCandidate[] Units =
    [
        new(Root, "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", "CP", null, true),
        new(AnGiang, "Ủy ban nhân dân tỉnh An Giang", "UBND", Root, true),
        new(KienGiang, "Ủy ban nhân dân tỉnh Kiên Giang", "UBND", Root, false),
        new(SnvAg, "Sở Nội vụ tỉnh An Giang", "SNV", AnGiang, true),
        new(SnvKg, "Sở Nội vụ tỉnh Kiên Giang", "SNV", KienGiang, false),
        new(ThanhTra, "Thanh tra Sở Nội vụ", "TTr", SnvAg, true),
        new(VpAg, "Văn phòng Ủy ban nhân dân tỉnh An Giang", "VP", AnGiang, true),
        new(Vpcp, "Văn phòng Chính phủ", "VPCP", Root, true),
        new(Bnv, "Bộ Nội vụ", "BNV", Root, true),
    ];

    private static HashSet<Guid> AnGiangSubtree => [AnGiang, SnvAg, ThanhTra, VpAg];

    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh Kiên Giang", "ủy ban nhân dân tỉnh kiên giang")]
    [InlineData("Sở Nội vụ", "SO NOI VU")]
    [InlineData("Đắk Lắk", "dak lak")]
    public void Fold_StripsDiacriticsKeepsDAsD(string a, string b) => UnitNameMatcher.Fold(a).ShouldBe(UnitNameMatcher.Fold(b));

    [Fact]
    public void KeyTokens_DropsGenericWords() =>
        UnitNameMatcher.KeyTokens("Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang").ShouldBe(["kien", "giang"]);

    [Fact]
    public void Match_ShortName_PrefersIssuersOwnUnit_Sure()
    {
        var m = UnitNameMatcher.Match("Sở Nội vụ", Units, AnGiangSubtree);
        m.Best!.Id.ShouldBe(SnvAg);
        m.Sure.ShouldBeTrue();
    }

    [Fact]
    public void Match_OfficeOfTheProvince_WithinIssuer()
    {
        var m = UnitNameMatcher.Match("Văn phòng Ủy ban nhân dân tỉnh", Units, AnGiangSubtree);
        m.Best!.Id.ShouldBe(VpAg);
    }

    [Fact]
    public void Match_AccentlessAndOcrSlip_StillFound()
    {
        UnitNameMatcher.Match("UBND tinh Kien Giang", Units).Best!.Id.ShouldBe(KienGiang);
        UnitNameMatcher.Match("Sở Nộj vụ tỉnh An Giang", Units).Best!.Id.ShouldBe(SnvAg);
    }

    [Fact]
    public void Match_OnlyGenericWords_NotSure()
    {
        var m = UnitNameMatcher.Match("Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh", Units);
        m.Sure.ShouldBeFalse();
    }

    [Fact]
    public void Match_AmbiguousWithoutContext_AsksTheUser()
    {
        var m = UnitNameMatcher.Match("Nội vụ", Units);
        m.Candidates.Count.ShouldBeGreaterThan(1);
    }
}
