namespace KyCuong.Documents.Tests;

public sealed class DocumentTypesTests
{
    [Theory]
    [InlineData("CĐ", "Công điện")]
    [InlineData("QĐ", "Quyết định")]
    [InlineData("NĐ", "Nghị định")]
    [InlineData("TT", "Thông tư")]
    [InlineData("TTLT", "Thông tư liên tịch")]
    [InlineData("L", "Luật")]
    [InlineData("QyĐ", "Quy định")]
    [InlineData("CTr", "Chương trình")]
    [InlineData("TTr", "Tờ trình")]
    [InlineData("cd", "Công điện")]
    public void GetName_Abbreviation_ReturnsFullName(string abbreviation, string name)
    {
        DocumentTypes.GetName(abbreviation).ShouldBe(name);
    }

    [Theory]
    [InlineData("Quyết định", "QĐ")]
    [InlineData("CÔNG ĐIỆN", "CĐ")]
    [InlineData("Kế hoạch", "KH")]
    public void GetAbbreviation_Name_ReturnsAbbreviation(string name, string abbreviation)
    {
        DocumentTypes.GetAbbreviation(name).ShouldBe(abbreviation);
    }

    [Theory]
    [InlineData("CÔNG ĐIỆN", "Công điện")]
    [InlineData("**QUYẾT ĐỊNH**", "Quyết định")]
    [InlineData("Công văn", "Công văn")]
    [InlineData("CHỈ THỊ", "Chỉ thị")]
    [InlineData("Thông báo", "Thông báo")]
    [InlineData("BẢN THOẢ THUẬN", "Bản thỏa thuận")]
    public void RecognizeName_TypeLine_ReturnsCanonicalName(string text, string name)
    {
        DocumentTypes.RecognizeName(text).ShouldBe(name);
    }

    [Fact]
    public void GetAbbreviation_OfficialLetter_IsNull()
    {
        DocumentTypes.GetAbbreviation("Công văn").ShouldBeNull();
        DocumentTypes.RecognizeName("Cộng hòa xã hội").ShouldBeNull();
    }
}
