namespace KyCuong.Documents.Tests;

public sealed class NumberSymbolTests
{
    [Theory]
    [InlineData("280/CĐ-TTg", NumberSymbolKind.Typed, "280", null, "CĐ", "TTg", null, "Công điện")]
    [InlineData("05/CT-UBND", NumberSymbolKind.Typed, "05", null, "CT", "UBND", null, "Chỉ thị")]
    [InlineData("919/UBND-NC", NumberSymbolKind.OfficialLetter, "919", null, null, "UBND", "NC", "Công văn")]
    [InlineData("493/UBND-KGVX", NumberSymbolKind.OfficialLetter, "493", null, null, "UBND", "KGVX", "Công văn")]
    [InlineData("13/2021/QĐ-UBND", NumberSymbolKind.LegalNormative, "13", 2021, "QĐ", "UBND", null, "Quyết định")]
    [InlineData("39/2022/NĐ-CP", NumberSymbolKind.LegalNormative, "39", 2022, "NĐ", "CP", null, "Nghị định")]
    [InlineData("59/2020/QH14", NumberSymbolKind.LegalNormative, "59", 2020, null, "QH14", null, "Luật")]
    [InlineData("924-TB/TU", NumberSymbolKind.Party, "924", null, "TB", "TU", null, "Thông báo")]
    [InlineData("12-NQ/TW", NumberSymbolKind.Party, "12", null, "NQ", "TW", null, "Nghị quyết")]
    public void Parse_CanonicalForm_ReadsPartsAndFormatsBack(
        string text, NumberSymbolKind kind, string number, int? year, string? type, string issuer, string? unit, string typeName)
    {
        var value = NumberSymbol.Parse(text);

        value.Kind.ShouldBe(kind);
        value.Number.ShouldBe(number);
        value.Year.ShouldBe(year);
        value.TypeAbbreviation.ShouldBe(type);
        value.Issuer.ShouldBe(issuer);
        value.Unit.ShouldBe(unit);
        value.TypeName.ShouldBe(typeName);
        value.Format().ShouldBe(text);
        value.ToString().ShouldBe(text);
        NumberSymbol.Parse(value.Format()).ShouldBe(value);
    }

    [Theory]
    [InlineData("280/CD-TTg", "280/CĐ-TTg")]
    [InlineData("968/CD-TTg", "968/CĐ-TTg")]
    [InlineData("13/2021/QD-UBND", "13/2021/QĐ-UBND")]
    [InlineData("39/2022/ND-CP", "39/2022/NĐ-CP")]
    [InlineData("1085/qđ-TTg", "1085/QĐ-TTg")]
    [InlineData("919 /UBND-NC", "919/UBND-NC")]
    [InlineData("919 / UBND - NC", "919/UBND-NC")]
    [InlineData("924 -TB/TU", "924-TB/TU")]
    [InlineData("280/CĐ–TTg", "280/CĐ-TTg")]
    [InlineData("280/CĐ_TTg", "280/CĐ-TTg")]
    [InlineData("Số: 919/UBND-NC", "919/UBND-NC")]
    [InlineData("280/CĐ-TTg.", "280/CĐ-TTg")]
    [InlineData("05/CT-Ttg", "05/CT-TTg")]
    public void Parse_OcrSlipsAndStraySpaces_Normalises(string text, string expected)
    {
        NumberSymbol.Parse(text).Format().ShouldBe(expected);
    }

    [Fact]
    public void Parse_DecomposedUnicode_NormalisesToNfc()
    {
        var decomposed = "280/CĐ-TTg".Normalize(System.Text.NormalizationForm.FormD);

        NumberSymbol.Parse(decomposed).Format().ShouldBe("280/CĐ-TTg");
    }

    [Fact]
    public void Parse_DoubtfulAbbreviations_AreNotRepaired()
    {
        // HD is Hướng dẫn and DA is Dự án in their own right: the missing stroke cannot be assumed.
        NumberSymbol.Parse("15/HD-UBND").TypeName.ShouldBe("Hướng dẫn");
        NumberSymbol.Parse("15/DA-UBND").TypeName.ShouldBe("Dự án");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("UBND-NC")]
    [InlineData("/UBND-NC")]
    [InlineData("919")]
    [InlineData("919/")]
    [InlineData("19/4/2023")]
    [InlineData("63/63")]
    [InlineData("919/UBND--NC")]
    [InlineData("abc/def")]
    [InlineData("12/1800/QĐ-UBND")]
    [InlineData("924-XYZ/TU")]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        NumberSymbol.TryParse(text, out var value).ShouldBeFalse();
        value.ShouldBeNull();
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionInVietnamese()
    {
        var ex = Should.Throw<FormatException>(() => NumberSymbol.Parse("không phải số"));
        ex.Message.ShouldStartWith("Số, ký hiệu không hợp lệ");
    }

    [Fact]
    public void Symbol_IsEverythingAfterTheNumber()
    {
        NumberSymbol.Parse("919/UBND-NC").Symbol.ShouldBe("UBND-NC");
        NumberSymbol.Parse("280/CD-TTg").Symbol.ShouldBe("CĐ-TTg");
        NumberSymbol.Parse("13/2021/QĐ-UBND").Symbol.ShouldBe("2021/QĐ-UBND");
        NumberSymbol.Parse("924-TB/TU").Symbol.ShouldBe("TB/TU");
    }
}
