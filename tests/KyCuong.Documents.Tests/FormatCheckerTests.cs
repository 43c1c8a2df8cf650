using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KyCuong.Documents.Formatting;
using Shouldly;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace KyCuong.Documents.Tests;

/// <summary>The NĐ 30/2020 Phụ lục I layout check (docs/domain.md, "Format of documents"): each rule caught on a hand-made faulty document.</summary>
public sealed class FormatCheckerTests
{
    private const string Letter = """
        ỦY BAN NHÂN DÂN
        TỈNH AN GIANG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 05/UBND-VP
        V/v tăng cường kỷ luật, kỷ cương hành chính
        An Giang, ngày 05 tháng 3 năm 2024

        Kính gửi: Sở Nội vụ.

        Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì rà soát việc chấp hành kỷ luật, báo cáo trước ngày 30/6/2024.

        Nơi nhận:
        - Như trên;
        - Lưu: VT, VP.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Văn An
        """;

    private const string Decision = """
        ỦY BAN NHÂN DÂN
        TỈNH AN GIANG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 12/QĐ-UBND
        An Giang, ngày 15 tháng 01 năm 2024
        QUYẾT ĐỊNH
        Về việc ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh
        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        Nơi nhận:
        - Như Điều 2;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Trần Văn Bình
        """;

    [Fact]
    public void WellFormedLetterAndDecision_HaveNoFinding()
    {
        FormatChecker.Check(Letter).ShouldBeEmpty();
        FormatChecker.Check(Decision).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "", "nd30.nationalTitle")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam", "nd30.nationalTitle")]
    [InlineData("Độc lập - Tự do - Hạnh phúc\n", "", "nd30.motto")]
    [InlineData("Số: 05/UBND-VP\n", "", "nd30.number")]
    [InlineData("Số: 05/UBND-VP", "Số: năm", "nd30.number")]
    [InlineData("Số: 05/UBND-VP", "Số: 5/UBND-VP", "nd30.numberLeadingZero")]
    [InlineData("Số: 05/UBND-VP", "Số: 05/STC-VP", "nd30.symbolIssuer")]
    [InlineData("An Giang, ngày 05 tháng 3 năm 2024\n", "", "nd30.date")]
    [InlineData("An Giang, ngày 05", "ngày 05", "nd30.datePlace")]
    [InlineData("ngày 05 tháng 3", "ngày 5 tháng 3", "nd30.dateLeadingZero")]
    [InlineData("ngày 05 tháng 3", "ngày 05 tháng 2", "nd30.dateLeadingZero")]
    [InlineData("ngày 05 tháng 3", "ngày 31 tháng 4", "nd30.date")]
    [InlineData("V/v tăng cường kỷ luật, kỷ cương hành chính\n", "", "nd30.subject")]
    [InlineData("Nơi nhận:\n", "", "nd30.recipients")]
    [InlineData("- Lưu: VT, VP.\n", "", "nd30.archive")]
    [InlineData("PHÓ CHỦ TỊCH\n", "", "nd30.signingDeputy")]
    [InlineData("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH", "nd30.signingDeputy")]
    [InlineData("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An", "", "nd30.signing")]
    public void FaultyLetter_IsCaughtByItsRule(string find, string replace, string rule)
    {
        Letter.ShouldContain(find);
        var findings = FormatChecker.Check(Letter.Replace(find, replace, StringComparison.Ordinal));

        findings.Select(f => f.Rule).ShouldContain(rule);
        findings.ShouldAllBe(f => f.Message.Length > 10 && (f.Severity == FormatFinding.Error || f.Severity == FormatFinding.Warning));
    }

    [Fact]
    public void DecisionWhoseSymbolDoesNotStartWithItsType_IsCaught()
    {
        var findings = FormatChecker.Check(Decision.Replace("12/QĐ-UBND", "12/UBND-QĐ", StringComparison.Ordinal));

        findings.ShouldContain(f => f.Rule == "nd30.symbolType" && f.Severity == FormatFinding.Error && f.Message.Contains("QĐ"));
    }

    [Fact]
    public void Draft_WithBlankNumberAndDay_IsNotAFault()
    {
        // NĐ 30/2020: the number and the day are given on issue; a draft leaves them blank.
        var draft = Letter.Replace("Số: 05/UBND-VP", "Số:      /UBND-VP", StringComparison.Ordinal).Replace("ngày 05 tháng 3", "ngày      tháng 3", StringComparison.Ordinal);

        FormatChecker.Check(draft).ShouldBeEmpty();
    }

    [Fact]
    public void HeaderInTableCells_AsWebPagesGiveIt_IsRead()
    {
        var piped = """
            | ỦY BAN NHÂN DÂN TỈNH AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            | | Độc lập - Tự do - Hạnh phúc |
            | Số: 05/UBND-VP | An Giang, ngày 05 tháng 3 năm 2024 |
            | V/v tăng cường kỷ luật, kỷ cương hành chính | |
            Kính gửi: Sở Nội vụ.
            Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì rà soát, báo cáo trước ngày 30/6/2024.
            | Nơi nhận: | KT. CHỦ TỊCH |
            | - Như trên; | PHÓ CHỦ TỊCH |
            | - Lưu: VT, VP. | Nguyễn Văn An |
            """;

        var rules = FormatChecker.Check(piped).Select(f => f.Rule).ToList();

        rules.ShouldNotContain("nd30.number");
        rules.ShouldNotContain("nd30.date");
        rules.ShouldNotContain("nd30.recipients");
        rules.ShouldNotContain("nd30.archive");
    }

    [Fact]
    public void EmptyText_IsOneFinding()
    {
        FormatChecker.Check("  \n ").Single().Rule.ShouldBe("nd30.empty");
        FormatChecker.Check(null).Single().Rule.ShouldBe("nd30.empty");
    }

    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh An Giang", "UBND")]
    [InlineData("Sở Giáo dục và Đào tạo tỉnh Hải Dương", "SGDĐT")]
    [InlineData("Văn phòng Chính phủ", "VPCP")]
    [InlineData("Bộ Tài chính", "BTC")]
    [InlineData("Thủ tướng Chính phủ", "TTg")]
    public void IssuerAbbreviation_IsTheInitialsBeforeThePlace(string issuer, string expected) =>
        FormatChecker.IssuerAbbreviation(issuer).ShouldBe(expected);

    [Fact]
    public void DocxInTheLayout_HasNoPageFinding()
    {
        var (layout, error) = FormatChecker.ReadDocxLayout(Docx(11906, 16838, top: 1134, bottom: 1134, left: 1701, right: 851, "Times New Roman", 28), Ct);

        error.ShouldBeNull();
        layout!.PageWidth.ShouldBe(11906);
        layout.CharactersByFont.Keys.ShouldBe(["Times New Roman"]);
        FormatChecker.Check(Letter, layout).ShouldBeEmpty();
    }

    [Fact]
    public void DocxOnLetterPaper_WithWrongMarginsAndAnOldFont_IsCaught()
    {
        var (layout, _) = FormatChecker.ReadDocxLayout(Docx(12240, 15840, top: 1440, bottom: 1134, left: 1440, right: 1440, ".VnTime", 24), Ct);

        var findings = FormatChecker.Check(Letter, layout);

        findings.Select(f => f.Rule).ShouldBe(["nd30.paper", "nd30.margins", "nd30.font", "nd30.fontSize"]);
        findings.Single(f => f.Rule == "nd30.margins").Message.ShouldContain("lề trái 25.4 mm (quy định 30–35 mm)");
        findings.Single(f => f.Rule == "nd30.margins").Message.ShouldNotContain("lề dưới");
        findings.Single(f => f.Rule == "nd30.fontSize").Message.ShouldContain("đang là 12");
    }

    [Fact]
    public void NotAWordFile_GivesAMessage()
    {
        var (layout, error) = FormatChecker.ReadDocxLayout([1, 2, 3, 4], Ct);

        layout.ShouldBeNull();
        error.ShouldNotBeNullOrWhiteSpace();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Docx(int width, int height, int top, int bottom, int left, int right, string font, int halfPoints)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in Letter.Split('\n'))
            {
                body.Append(new Paragraph(new Run(
                    new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                    new WordText(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = (UInt32Value)(uint)width, Height = (UInt32Value)(uint)height },
                new PageMargin { Top = top, Bottom = bottom, Left = (UInt32Value)(uint)left, Right = (UInt32Value)(uint)right }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
