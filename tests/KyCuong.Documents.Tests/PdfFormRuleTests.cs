using KyCuong.Documents.Text;

namespace KyCuong.Documents.Tests;

/// <summary>
/// Rules for the forms a letter arrives in besides a web copy (issue 16): the pages of pdftotext's output and a whole
/// letter copied onto one line. Made-up texts in the shapes pdftotext and PDF viewers give; each rule also where it must
/// not fire.
/// </summary>
public sealed class PdfFormRuleTests
{
    private const string Header = "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/UBND-KT\nBắc Giang, ngày 3 tháng 4 năm 2024\n";

    [Theory]
    [InlineData("                                    2")]
    [InlineData("- 2 -")]
    [InlineData("Trang 2")]
    [InlineData("  2/5  ")]
    public void PdfText_PageNumberAtThePageTop_IsDroppedAndTheSentenceJoined(string number)
    {
        var text = DocumentTextReader.PdfText("    Căn cứ Nghị định số 87/2017/NĐ-CP\n\n\f" + number + "\n\nngày 26 tháng 7 năm 2017 của Chính phủ;\n\f");

        text.ShouldBe("    Căn cứ Nghị định số 87/2017/NĐ-CP\nngày 26 tháng 7 năm 2017 của Chính phủ;\n");
    }

    [Fact]
    public void PdfText_PageNumberAtThePageFoot_IsDropped()
    {
        var text = DocumentTextReader.PdfText("Giao Sở Y tế chủ trì thực hiện.\n\n           1\n\f- Như trên;\n\f");

        text.ShouldBe("Giao Sở Y tế chủ trì thực hiện.\n- Như trên;\n");
    }

    [Theory]
    [InlineData("2. Tổ chức thực hiện")]
    [InlineData("2024")]
    [InlineData("Điều 2. Hiệu lực")]
    public void PdfText_FirstLineThatIsNoPageNumber_IsKept(string first)
    {
        var text = DocumentTextReader.PdfText("Kết thúc trang một.\n\f" + first + "\nTiếp theo.\n");

        text.ShouldBe("Kết thúc trang một.\n" + first + "\nTiếp theo.\n");
    }

    [Fact]
    public void PdfText_WithoutPages_IsOnlyNormalised()
    {
        DocumentTextReader.PdfText("Số: 12/UBND\n\n1\n").ShouldBe("Số: 12/UBND\n\n1\n");
    }

    [Theory]
    [InlineData("  ")]
    [InlineData("   ")]
    [InlineData("    ")]
    public void Extract_WholeLetterOnOneLine_WideGapsAreLineBreaks(string gap)
    {
        var oneLine = (Header + "\nKính gửi: Sở Y tế\n\nThực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Y tế chủ trì rà soát các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh và báo cáo trước ngày 15/4/2024; các sở, ngành phối hợp thực hiện theo chức năng, nhiệm vụ được giao.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n")
            .Replace("\n\n", gap, StringComparison.Ordinal).Replace('\n', ' ');

        var x = DocumentExtractor.Extract(oneLine);

        x.Place.ShouldBe("Bắc Giang");
        x.Date.ShouldBe(new DateOnly(2024, 4, 3));
        x.SigningForm.ShouldBe("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        x.Signer.ShouldBe("Nguyễn Văn An");
    }

    [Theory]
    [InlineData("QUYẾT ĐỊNH", "Về việc ban hành quy chế phối hợp trong quản lý vật liệu nổ công nghiệp", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Quyết định")]
    [InlineData("KẾ HOẠCH", "Triển khai thực hiện chương trình sức khỏe học đường năm 2024", "", "Kế hoạch")]
    [InlineData("CHỈ THỊ", "Về tăng cường kỷ cương, kỷ luật hành chính", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Chỉ thị")]
    public void Extract_WholeLetterOnOneLine_TitleAndExcerptStandApart(string title, string excerpt, string authority, string type)
    {
        // The same letter with its line breaks is the reference: on one line it must read the same type, excerpt and signer.
        var letter = Header + title + "\n" + excerpt + "\n" + (authority.Length > 0 ? authority + "\n" : "")
            + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 45/TTr-SYT ngày 1 tháng 4 năm 2024,\n"
            + "1. Sở Y tế chủ trì triển khai, báo cáo kết quả trước ngày 30 tháng 6 năm 2024.\n"
            + "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n";
        var lines = DocumentExtractor.Extract(letter);

        var x = DocumentExtractor.Extract(letter.Replace('\n', ' '));

        lines.Type.ShouldBe(type);
        lines.Subject.ShouldNotBeNullOrEmpty();
        x.Type.ShouldBe(lines.Type);
        x.Subject.ShouldBe(lines.Subject);
        x.Signer.ShouldBe(lines.Signer);
    }

    [Theory]
    [InlineData("Các sở, ngành phối hợp với UBND TỈNH và Sở GTVT thực hiện kế hoạch này trong năm. ")]
    [InlineData("Chương trình OCOP và COVID-19 được Sở Y tế theo dõi, báo cáo hằng tháng trong năm. ")]
    [InlineData("Các đơn vị thực hiện theo kế hoạch và quyết định đã ban hành, báo cáo kết quả hằng tháng trong năm. ")]
    public void Prepare_LongParagraphWithShortCapitalRuns_StaysOneLine(string sentence)
    {
        // A long paragraph that opens with "Số:" but is no letter on one line: a run of one or two capital words, or a
        // document type named in lower case, is no line of its own.
        var paragraph = "Số: 12/UBND-KT về việc thực hiện kế hoạch. " + string.Concat(Enumerable.Repeat(sentence, 6));

        PreparedText.Create(paragraph).Lines.Count(l => l.End > l.Start).ShouldBe(1);
    }

    [Fact]
    public void Prepare_LongParagraphWithoutLetterParts_KeepsItsDoubleSpaces()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Các sở, ngành tiếp tục thực hiện  nhiệm vụ được giao trong năm. ", 8));

        PreparedText.Create(paragraph).Lines.Count(l => l.End > l.Start).ShouldBe(1);
    }

    [Fact]
    public void Prepare_HeaderCellsOnAShortLine_StayOneLineWithColumns()
    {
        var p = PreparedText.Create("ỦY BAN NHÂN DÂN       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC GIANG        Độc lập - Tự do - Hạnh phúc\n");

        p.Lines.Count(l => l.End > l.Start).ShouldBe(2);
        p.CellsOf(p.Lines[0]).Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("       Số: 8918/KH-UBNDLâm Đồng, ngày 13 tháng 10 năm 2023", "8918/KH-UBND", "Lâm Đồng")]
    [InlineData("     Số: 06/2024/QĐ-UBNDKon Tum, ngày 25 tháng 01 năm 2024", "06/2024/QĐ-UBND", "Kon Tum")]
    [InlineData("Số: 20/TB-VPCPHà Nội, ngày 3 tháng 4 năm 2024", "20/TB-VPCP", "Hà Nội")]
    [InlineData("Số: 7/BC-SYTĐà Nẵng, ngày 3 tháng 4 năm 2024", "7/BC-SYT", "Đà Nẵng")]
    public void PdfText_NumberCellRunIntoThePlaceCell_IsPartedAgain(string line, string number, string place)
    {
        var x = DocumentExtractor.Extract(DocumentTextReader.PdfText("ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    TỈNH X              Độc lập - Tự do - Hạnh phúc\n" + line + "\nKính gửi: Sở Y tế\n"));

        x.NumberSymbol.ShouldBe(number);
        x.Place.ShouldBe(place);
    }

    [Theory]
    [InlineData("Số: 15/CĐ-TTg      Hà Nội, ngày 3 tháng 4 năm 2024")]
    [InlineData("Theo Quyết định số 12/QĐ-UBNDTỉnh, ngày 3 tháng 4 năm 2024")]
    public void PdfText_NoSeamOrNoNumberLine_IsLeft(string line)
    {
        DocumentTextReader.PdfText(line + "\n").ShouldBe(line + "\n");
    }

    [Theory]
    [InlineData("Căn cứ Nghị định số 104/2003/NĐ-", "CP ngày 16 tháng 6 năm 2003 của Chính phủ;", "104/2003/NĐ-CP")]
    [InlineData("Xét đề nghị tại Tờ trình số 298/TTrLN-CATP-", "STC ngày 22 tháng 01 năm 2015 của liên ngành;", "298/TTrLN-CATP-STC")]
    [InlineData("Xét đề nghị của Sở Nông nghiệp tại Tờ trình số 473/TTr-", "NN&PTNT ngày 5 tháng 3 năm 2007;", "473/TTr-NN&PTNT")]
    public void Extract_SymbolCutAtItsDashByAWrap_IsJoined(string first, string second, string symbol)
    {
        var x = DocumentExtractor.Extract(Header + "QUYẾT ĐỊNH\nVề việc ban hành quy chế\n" + first + "\n" + second + "\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành quy chế.\n");

        x.CitedDocuments.Select(d => d.NumberSymbol).ShouldContain(symbol);
    }

    [Fact]
    public void Extract_SymbolCutAtItsDashBesideThePlaceCell_KeepsThePlace()
    {
        var x = DocumentExtractor.Extract(DocumentTextReader.PdfText("VĂN PHÒNG CHÍNH PHỦ       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  - BỘ NỘI VỤ            Độc lập - Tự do - Hạnh phúc\nSố: 02/2011/TTLT-VPCP-      Hà Nội, ngày 28 tháng 01 năm 2011\n         BNV\n"));

        x.Place.ShouldBe("Hà Nội");
        x.Date.ShouldBe(new DateOnly(2011, 1, 28));
    }

    [Theory]
    [InlineData("Giai đoạn 2016-", "2020 các sở thực hiện.")]
    [InlineData("Các nhiệm vụ giao Sở Lao động -", "Thương binh và Xã hội chủ trì.")]
    public void Prepare_DashAtLineEndWithoutASymbol_IsNoSymbolJoin(string first, string second)
    {
        var p = PreparedText.Create(first + "\n" + second + "\n");

        p.Clean.ShouldNotContain(first + second[..2]);
    }
}
