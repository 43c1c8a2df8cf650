namespace KyCuong.Documents.Tests;

/// <summary>
/// Citations as copies print them (docs/domain.md §5, twenty-sixth pass): made-up grounds and sentences in several
/// wordings, with the cases where a rule must not fire.
/// </summary>
public sealed class CitationRuleTests
{
    // A slash typed for the hyphen between a symbol's letter parts is read as the hyphen, as a dot is; the form as printed
    // is kept beside it (a clerk finds the document by the hyphen form the register and the national database hold).
    [Theory]
    [InlineData("Căn cứ Thông tư liên tịch số 27/2012/TTLT/BYT-BNV ngày 12/3/2012 của Bộ Y tế và Bộ Nội vụ;", "27/2012/TTLT-BYT-BNV", "27/2012/TTLT/BYT-BNV")]
    [InlineData("Thực hiện Thông tư liên tịch số 15/2009/TTLT /BNN-BTC ngày 25/3/2009 của liên Bộ;", "15/2009/TTLT-BNN-BTC", "15/2009/TTLT /BNN-BTC")]
    [InlineData("Xét đề nghị của Sở Xây dựng và Sở Tài chính tại Tờ trình liên ngành số 88/TTr/SXD-STC ngày 4/5/2019;", "88/TTr-SXD-STC", "88/TTr/SXD-STC")]
    [InlineData("Căn cứ Nghị định số 43/2006/NĐ/CP ngày 25 tháng 4 năm 2006 của Chính phủ;", "43/2006/NĐ-CP", "43/2006/NĐ/CP")]
    [InlineData("Theo ý kiến của Bộ Tài chính tại công văn số 1517/BTC/NSNN ngày 8 tháng 2 năm 2001,", "1517/BTC-NSNN", "1517/BTC/NSNN")]
    public void Citation_SlashForTheHyphenBetweenParts_IsReadAsTheHyphen(string sentence, string expected, string asWritten)
    {
        var cited = DocumentExtractor.Extract(sentence + "\n").CitedDocuments.ShouldHaveSingleItem();

        cited.NumberSymbol.ShouldBe(expected);
        cited.AsWritten.ShouldBe(asWritten);
    }

    [Theory]
    [InlineData("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương;", "18-NQ/TW")]
    [InlineData("Căn cứ Hướng dẫn số 05-HD/BTGTW ngày 2/4/2021 của Ban Tuyên giáo Trung ương;", "05-HD/BTGTW")]
    [InlineData("Căn cứ Quyết định số 30/2019/QĐ-UBND ngày 9/8/2019 của UBND tỉnh Tây Ninh;", "30/2019/QĐ-UBND")]
    public void Citation_PartySymbolOrTheYearsSlash_IsKept(string sentence, string expected)
    {
        DocumentExtractor.Extract(sentence + "\n").CitedDocuments.ShouldHaveSingleItem().NumberSymbol.ShouldBe(expected);
    }

    [Fact]
    public void NumberSymbol_SlashAfterTheType_FormatsWithTheHyphen()
    {
        NumberSymbol.Parse("27/2012/TTLT/BYT-BNV").Format().ShouldBe("27/2012/TTLT-BYT-BNV");
        NumberSymbol.Parse("88/TTr/SXD-STC").Format().ShouldBe("88/TTr-SXD-STC");
        NumberSymbol.Parse("1517/BTC/NSNN").Format().ShouldBe("1517/BTC-NSNN");
        NumberSymbol.Parse("12-NQ/TU").Format().ShouldBe("12-NQ/TU");
    }

    // A page may wrap the line right after the number's slash: the symbol goes on on the next line.
    [Theory]
    [InlineData("Xét đề nghị của Sở Xây dựng tại Tờ trình số 142/\nTTr-SXD ngày 3 tháng 6 năm 2015;", "142/TTr-SXD")]
    [InlineData("Căn cứ công văn số 77/\nUBND-NN ngày 14/01/2020 của UBND huyện Mường Tè;", "77/UBND-NN")]
    public void Citation_WrappedAfterTheNumbersSlash_IsOneSymbol(string text, string expected)
    {
        DocumentExtractor.Extract(text + "\n").CitedDocuments.ShouldHaveSingleItem().NumberSymbol.ShouldBe(expected);
    }

    // A fraction slash or a division slash an editor typed for the symbol's slash.
    [Theory]
    [InlineData("Thực hiện Công điện số 815\u2044CĐ-TTg ngày 2/9/2019 của Thủ tướng Chính phủ, các sở theo dõi bão.", "815/CĐ-TTg")]
    [InlineData("Thực hiện Kế hoạch số 64\u2215KH-UBND ngày 11/3/2022 của UBND tỉnh Điện Biên, các sở triển khai.", "64/KH-UBND")]
    public void Citation_FractionSlash_IsTheSlash(string sentence, string expected)
    {
        DocumentExtractor.Extract(sentence + "\n").CitedDocuments.ShouldHaveSingleItem().NumberSymbol.ShouldBe(expected);
    }

    // Before the symbol grammar of the 1990s, a number was followed by its issuer alone; read after "số" and before the date.
    [Theory]
    [InlineData("Căn cứ Nghị định số 64-CP ngày 27 tháng 9 năm 1993 của Chính phủ;", "64-CP", "Nghị định")]
    [InlineData("Căn cứ Quyết định số 388-HĐBT ngày 20-11-1991 của Hội đồng Bộ trưởng;", "388-HĐBT", "Quyết định")]
    [InlineData("Thực hiện Chỉ thị về tổng điều tra dân số năm 1989, số 47-CT, ngày 6.3.1989 của Chủ tịch Hội đồng Bộ trưởng;", "47-CT", null)]
    public void Citation_OldSymbolOfNumberAndIssuer_IsCited(string sentence, string expected, string? type)
    {
        var cited = DocumentExtractor.Extract(sentence + "\n").CitedDocuments.ShouldHaveSingleItem();

        cited.NumberSymbol.ShouldBe(expected);
        cited.Type.ShouldBe(type);
    }

    [Theory]
    [InlineData("Xe buýt tuyến số 12-BX chạy từ ngày mai theo lộ trình mới.")]
    [InlineData("Quốc lộ 14-C ngày càng xuống cấp, đề nghị Sở Giao thông vận tải kiểm tra.")]
    [InlineData("Các lô đất số 3-4 ngày 5/6/2020 đã được giao cho hộ dân.")]
    [InlineData("Đại hội đại biểu lần thứ 5-NK ngày 2/3/2020 đã bầu Ban Chấp hành.")]
    public void Citation_NumberAndCapitalsThatAreNoOldSymbol_IsNone(string sentence)
    {
        DocumentExtractor.Extract(sentence + "\n").CitedDocuments.ShouldBeEmpty();
    }
}
