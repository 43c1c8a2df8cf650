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
    [InlineData("1. ")]
    [InlineData("1.  ")]
    [InlineData("12. ")]
    public void Extract_WholeLetterOnOneLine_ASitesPageNumberBeforeTheNationalTitleIsNoClause(string pageMark)
    {
        // A document-sharing site numbers the copied pages: "1. CỘNG HÒA XÃ HỘI …". The letter reads as it does without the mark,
        // its own numbered clauses included.
        var letter = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nĐộc lập - Tự do - Hạnh phúc\nBắc Giang, ngày 3 tháng 4 năm 2024\n"
            + "Số: 08/2024/CT-UBND\nCHỈ THỊ\nVề việc tăng cường kỷ cương hành chính trong thực thi công vụ\n"
            + "Thời gian qua, việc chấp hành kỷ luật, kỷ cương hành chính của các cơ quan trên địa bàn tỉnh còn hạn chế; để khắc phục, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
            + "1. Sở Nội vụ chủ trì kiểm tra công vụ định kỳ hằng quý, báo cáo kết quả trước ngày 30 tháng 6 năm 2024.\n"
            + "2. Thanh tra tỉnh phối hợp với các sở, ngành kiểm tra đột xuất việc chấp hành giờ làm việc.\n"
            + "3. Chủ tịch Ủy ban nhân dân các huyện, thành phố quán triệt, tổ chức thực hiện nghiêm Chỉ thị này.\n"
            + "Nơi nhận:\n- Như trên;\n- Lưu: VT, NC.\nCHỦ TỊCH\nNguyễn Văn An\n";
        var plain = DocumentExtractor.Extract(letter.Replace('\n', ' '));

        var x = DocumentExtractor.Extract(pageMark + letter.Replace('\n', ' '));
        // The header table's two cells side by side: the issuer's line in capitals before the national title.
        var issuerFirst = DocumentExtractor.Extract(pageMark + letter.Replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
            "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal).Replace('\n', ' '));

        plain.Type.ShouldBe("Chỉ thị");
        issuerFirst.Type.ShouldBe(plain.Type);
        issuerFirst.NumberSymbol.ShouldBe(plain.NumberSymbol);
        issuerFirst.Issuer.ShouldBe(plain.Issuer);
        issuerFirst.Tasks.Count.ShouldBe(plain.Tasks.Count);
        plain.NumberSymbol.ShouldBe("08/2024/CT-UBND");
        x.Type.ShouldBe(plain.Type);
        x.NumberSymbol.ShouldBe(plain.NumberSymbol);
        x.Issuer.ShouldBe(plain.Issuer);
        x.Date.ShouldBe(plain.Date);
        x.Subject.ShouldBe(plain.Subject);
        x.Tasks.Count.ShouldBe(plain.Tasks.Count);
    }

    [Fact]
    public void Extract_OneLine_ANumberedClauseBeforeTheNationalTitleElsewhereIsKept()
    {
        // Only a mark that opens the line right before the national title is the site's: a clause that cites the title keeps its number.
        var body = "Kính gửi: Sở Nội vụ. " + string.Concat(Enumerable.Repeat("Thực hiện kế hoạch cải cách hành chính của tỉnh, các đơn vị rà soát thủ tục nội bộ và báo cáo kết quả. ", 4))
            + "1. Sở Nội vụ chủ trì rà soát, báo cáo trước ngày 15 tháng 5 năm 2024. 2. Sở Tư pháp phối hợp kiểm tra tính pháp lý của các thủ tục. Nơi nhận: - Như trên; - Lưu: VT.";

        DocumentExtractor.Extract(body).Tasks.Count.ShouldBeGreaterThanOrEqualTo(2);
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

    public static TheoryData<string> RunTogetherBodies => new()
    {
        // Numbered clauses after a lead-in ending in "sau:".
        "Kính gửi: Sở Y tế\nThực hiện ý kiến chỉ đạo của Ủy ban nhân dân tỉnh về công tác phòng, chống dịch bệnh mùa hè năm 2024, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:\n"
            + "1. Sở Y tế chủ trì, phối hợp với các cơ quan liên quan kiểm tra các cơ sở khám bệnh, chữa bệnh, báo cáo kết quả trước ngày 30/6/2024.\n"
            + "2. Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch bệnh theo quy định.\n"
            + "3. Ủy ban nhân dân các huyện, thị xã, thành phố tuyên truyền để người dân chủ động phòng bệnh.\n",
        // A decision's articles after "QUYẾT ĐỊNH:".
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; theo đề nghị của Giám đốc Sở Nội vụ,\nQUYẾT ĐỊNH:\n"
            + "Điều 1. Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành hướng dẫn thực hiện Quy chế làm việc nhiệm kỳ 2021 - 2026, thay thế quy chế ban hành theo khoản 2 Điều 5 của quyết định trước.\n"
            + "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            + "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này./.\n",
        // Numbered clauses with lettered points under the first.
        "Để bảo đảm an toàn trong mùa mưa bão năm 2024, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:\n"
            + "1. Về công tác phòng, chống thiên tai:\n"
            + "a) Sở Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra an toàn các hồ chứa, báo cáo trước ngày 15/5/2024;\n"
            + "b) Công an tỉnh phối hợp với các địa phương sơ tán người dân khỏi vùng nguy hiểm.\n"
            + "2. Sở Tài chính bố trí kinh phí dự phòng cho công tác khắc phục hậu quả thiên tai.\n",
    };

    [Theory]
    [MemberData(nameof(RunTogetherBodies))]
    public void Extract_BodyOnOneLine_ReadsTheClausesOfTheLetterWithItsLineBreaks(string body)
    {
        // The letter with its line breaks is the reference; on one line (header included, or the header's cells apart
        // as a web page's table leaves them and only the body on one line) it must read the same clauses and holders.
        var letter = Header + body + "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n";
        var reference = DocumentExtractor.Extract(letter);
        reference.Tasks.Count.ShouldBeGreaterThanOrEqualTo(2);

        foreach (var text in (string[])[letter.Replace('\n', ' '), Header + body.Replace('\n', ' ')])
        {
            var x = DocumentExtractor.Extract(text);

            x.Tasks.Select(t => t.Ref).ShouldBe(reference.Tasks.Select(t => t.Ref));
            x.Tasks.Select(t => string.Join("; ", t.AssigneeUnits)).ShouldBe(reference.Tasks.Select(t => string.Join("; ", t.AssigneeUnits)));
        }
    }

    [Theory]
    [InlineData("Các đơn vị thực hiện theo khoản 2 Điều 5. Các sở báo cáo theo Nghị định số 30/2020/NĐ-CP trong năm. ")]
    [InlineData("Các đơn vị thực hiện theo quy định tại Điều 2. Các sở báo cáo kết quả thực hiện hằng quý trong năm. ")]
    [InlineData("Mức thu là 1.000 đồng mỗi hồ sơ và 2.500 đồng mỗi bản sao theo quy định hiện hành trong năm. ")]
    [InlineData("Kết quả tổng hợp của năm 2024. 3. Sở Y tế tiếp tục theo dõi và báo cáo hằng tháng trong năm. ")]
    [InlineData("Các sở, ngành Lao động - Thương binh và Xã hội phối hợp trong giai đoạn 2021 - 2025 của tỉnh. ")]
    public void Prepare_LongParagraphWithNumbersInsideItsSentences_StaysOneLine(string sentence)
    {
        // A long paragraph opening with "Số:" goes through the one-line step: a number inside a sentence, a clause out of
        // sequence, a dash between words and an abbreviation's full stop open no line.
        var paragraph = "Số: 12/UBND-KT về việc thực hiện kế hoạch. " + string.Concat(Enumerable.Repeat(sentence, 6));

        PreparedText.Create(paragraph).Lines.Count(l => l.End > l.Start).ShouldBe(1);
    }

    [Theory]
    [InlineData("Kính gửi: Bộ Giao thông vận tải. Xét đề nghị của Bộ Giao thông vận tải tại Công văn số 86/BGTVT-KHĐT, Phó Thủ tướng có ý kiến như sau", "Kính gửi: Bộ Giao thông vận tải.")]
    [InlineData("Kính gửi: Sở Tài nguyên và Môi trường Thực hiện Công văn số 17/BTNMT-TCMT của Bộ Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau", "Kính gửi: Sở Tài nguyên và Môi trường")]
    [InlineData("Kính gửi: Ủy ban nhân dân TP. Hồ Chí Minh Theo đề nghị của Sở Xây dựng tại Tờ trình số 45/TTr-SXD, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau", "Kính gửi: Ủy ban nhân dân TP. Hồ Chí Minh")]
    public void Prepare_AddresseesOnTheBodysLine_StandOnTheirOwnLine(string opening, string addressees)
    {
        var text = opening + ": Sở Xây dựng chủ trì, phối hợp với các cơ quan liên quan kiểm tra, rà soát các công trình trên địa bàn và báo cáo kết quả trước ngày 30/6/2024. "
            + "Các cơ quan, đơn vị được giao nhiệm vụ chủ động bố trí nhân lực, kinh phí để thực hiện bảo đảm tiến độ và chất lượng. "
            + "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện./. Nơi nhận: - Như trên; - Lưu: VT.";
        var p = PreparedText.Create(text);

        var lines = p.Lines.Where(l => l.End > l.Start).Select(p.TextOf).ToList();
        lines[0].ShouldBe(addressees);
        lines.ShouldContain(l => l.StartsWith("Sở Xây dựng chủ trì", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("+ ")]
    [InlineData("• ")]
    public void Prepare_DashItemsAfterASentencesEnd_OpenLines(string dash)
    {
        var text = "Số: 12/UBND-KT Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện các nội dung sau: "
            + dash + "Sở Xây dựng kiểm tra chất lượng các công trình đang thi công trên địa bàn tỉnh; "
            + dash + "các huyện rà soát các khu dân cư có nguy cơ sạt lở, báo cáo trước ngày 15/5/2024; "
            + dash + "Sở Lao động - Thương binh và Xã hội hỗ trợ các hộ gia đình bị thiệt hại trong giai đoạn 2021 - 2025. "
            + "Các cơ quan, đơn vị được giao nhiệm vụ chủ động bố trí nhân lực, kinh phí để thực hiện bảo đảm tiến độ và chất lượng.";
        var p = PreparedText.Create(text);

        var lines = p.Lines.Where(l => l.End > l.Start).Select(p.TextOf).ToList();
        lines.Count(l => l.StartsWith(dash, StringComparison.Ordinal)).ShouldBe(3);
        lines.ShouldContain(l => l.Contains("Lao động - Thương binh", StringComparison.Ordinal) && l.Contains("2021 - 2025", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CHỈ THỊ", "VỀ LẬP KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2026 - 2030", "Chỉ thị")]
    [InlineData("QUYẾT ĐỊNH", "PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN DU LỊCH NĂM 2025", "Quyết định")]
    [InlineData("KẾ HOẠCH", "TRIỂN KHAI THÔNG TƯ HƯỚNG DẪN VỀ CÔNG TÁC VĂN THƯ", "Kế hoạch")]
    public void Extract_WholeLetterOnOneLine_ATypesNameInsideACapitalExcerptIsNoTitle(string title, string excerpt, string type)
    {
        var letter = Header + title + "\n" + excerpt + "\n"
            + "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về các nhiệm vụ trọng tâm trong năm, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:\n"
            + "1. Sở Kế hoạch và Đầu tư chủ trì tổng hợp, báo cáo kết quả trước ngày 30 tháng 6 năm 2024.\n"
            + "2. Sở Tài chính bố trí kinh phí thực hiện theo quy định.\n"
            + "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n";

        DocumentExtractor.Extract(letter).Type.ShouldBe(type);
        DocumentExtractor.Extract(letter.Replace('\n', ' ')).Type.ShouldBe(type);
        DocumentExtractor.Extract(Header + (letter[Header.Length..]).Replace('\n', ' ')).Type.ShouldBe(type);
    }

    [Theory]
    [InlineData("Điều 1. Phê duyệt", " ")]
    [InlineData("Điều 1. Phê duyệt", "   ")]
    [InlineData("1. Giao Sở Xây dựng lập", " ")]
    public void Prepare_ClauseWhoseOwnTextIsTheLeadIn_KeepsItsMarkOnItsLine(string opening, string gap)
    {
        // "**Điều 1.** Phê duyệt … như sau:" on one line: the blanked markup's wide gap after the mark, and the lead-in
        // that starts at the clause's own text, open no line between the mark and its text.
        var mark = opening[..(opening.IndexOf('.', StringComparison.Ordinal) + 1)];
        var text = "Số: 12/QĐ-UBND Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; QUYẾT ĐỊNH: " + mark + gap + opening[(mark.Length + 1)..]
            + " kế hoạch phát triển du lịch của tỉnh đến năm 2030 với những nội dung chủ yếu như sau: 1. Mục tiêu phát triển du lịch thành ngành kinh tế mũi nhọn của tỉnh. "
            + "2. Nhiệm vụ và giải pháp chủ yếu về hạ tầng, nhân lực và quảng bá du lịch trong giai đoạn tới. 3. Tổ chức thực hiện theo phân công của Ủy ban nhân dân tỉnh.";
        var p = PreparedText.Create(text);

        p.Lines.Where(l => l.End > l.Start).Select(l => string.Join(' ', p.TextOf(l).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ShouldContain(l => l.StartsWith(opening + " kế hoạch", StringComparison.Ordinal));
    }

    // The body of the letters below: a preamble, a decision, its articles and the signing part.
    private const string DecisionBody = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        + "Căn cứ Nghị định số 60/2024/NĐ-CP ngày 5 tháng 6 năm 2024 của Chính phủ về phát triển và quản lý chợ;\n"
        + "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 45/TTr-SCT ngày 1 tháng 4 năm 2024,\n"
        + "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này quy chế phối hợp.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        + "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, KT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n";

    [Theory]
    [InlineData("QUYẾT ĐỊNH", "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ ĐẦU MỐI TRÊN ĐỊA BÀN HUYỆN YÊN DŨNG", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG")]
    [InlineData("QUYẾT ĐỊNH", "PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN THƯƠNG MẠI GIAI ĐOẠN 2021 - 2025", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")]
    [InlineData("QUYẾT ĐỊNH", "PHÊ DUYỆT ĐỀ ÁN “PHÁT TRIỂN CHỢ NÔNG THÔN ĐẾN NĂM 2030”", "THỦ TƯỚNG CHÍNH PHỦ")]
    [InlineData("QUYẾT ĐỊNH", "V/V CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC CÔNG THƯƠNG", "BỘ TRƯỞNG BỘ CÔNG THƯƠNG")]
    [InlineData("NGHỊ QUYẾT", "BAN HÀNH QUY ĐỊNH MỨC CHI HỖ TRỢ PHÁT TRIỂN CHỢ NÔNG THÔN", "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG\nKHÓA XIX, KỲ HỌP THỨ 8")]
    [InlineData("QUYẾT ĐỊNH", "BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN QUẢN LÝ CHỢ HUYỆN YÊN DŨNG", "-----------\nỦY BAN NHÂN DÂN HUYỆN YÊN DŨNG")]
    [InlineData("NGHỊ ĐỊNH", "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT THƯƠNG MẠI VỀ CHỢ", "CHÍNH PHỦ")]
    public void Extract_WholeLetterOnOneLine_ACapitalExcerptEndsBeforeTheAuthorityLine(string title, string excerpt, string authority)
    {
        // The letter with its line breaks is the reference; on one line, and with only the header's cells apart (a web page's
        // table) and the rest on one line without "Số:" or "Nơi nhận", it reads the same excerpt.
        var letter = Header + title + "\n" + excerpt + "\n" + authority + "\n" + DecisionBody;
        var reference = DocumentExtractor.Extract(letter);
        reference.Subject.ShouldNotBeNullOrEmpty();
        reference.Subject.ShouldNotContain(authority.Split('\n')[^1]);

        var rest = (title + "\n" + excerpt + "\n" + authority + "\n" + DecisionBody[..DecisionBody.IndexOf("Nơi nhận", StringComparison.Ordinal)]).Replace('\n', ' ');
        foreach (var text in (string[])[letter.Replace('\n', ' '), Header.Replace("\n", " | ", StringComparison.Ordinal) + rest])
        {
            var x = DocumentExtractor.Extract(text);

            x.Type.ShouldBe(reference.Type);
            x.Subject.ShouldBe(reference.Subject);
        }
    }

    [Theory]
    [InlineData("CHỈ THỊ", "VỀ TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI NĂM 2024", "Thời gian qua, thiên tai diễn biến phức tạp trên địa bàn tỉnh")]
    [InlineData("KẾ HOẠCH", "TRIỂN KHAI CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH NĂM 2024", "Thực hiện Quyết định số 12/QĐ-UBND ngày 3 tháng 1 năm 2024 của Ủy ban nhân dân tỉnh")]
    [InlineData("THÔNG BÁO", "KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TẠI HỘI NGHỊ SƠ KẾT QUÝ I NĂM 2024", "Ngày 2 tháng 4 năm 2024, Chủ tịch Ủy ban nhân dân tỉnh chủ trì hội nghị")]
    public void Extract_WholeLetterOnOneLine_ACapitalExcerptEndsBeforeTheFirstSentence(string title, string excerpt, string sentence)
    {
        var letter = Header + title + "\n" + excerpt + "\n" + sentence + "; các sở, ngành tổ chức thực hiện nghiêm các nội dung sau:\n"
            + "1. Sở Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra, báo cáo kết quả trước ngày 30 tháng 6 năm 2024.\n"
            + "2. Sở Tài chính bố trí kinh phí thực hiện theo quy định.\n"
            + "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n";
        var reference = DocumentExtractor.Extract(letter);
        reference.Subject.ShouldNotBeNullOrEmpty();

        foreach (var text in (string[])[letter.Replace('\n', ' '), Header + letter[Header.Length..].Replace('\n', ' ')])
        {
            var x = DocumentExtractor.Extract(text);

            x.Type.ShouldBe(reference.Type);
            x.Subject.ShouldBe(reference.Subject);
            x.Signer.ShouldBe(reference.Signer);
        }
    }

    [Theory]
    [InlineData("VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH BẮC GIANG")]
    [InlineData("BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC GIANG")]
    [InlineData("BAN HÀNH QUY CHẾ QUẢN LÝ VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI TRÊN ĐỊA BÀN TỈNH")]
    [InlineData("PHÊ DUYỆT KẾ HOẠCH XÂY DỰNG CHÍNH PHỦ ĐIỆN TỬ TỈNH BẮC GIANG NĂM 2024")]
    [InlineData("Về việc ban hành quy chế làm việc của Ủy ban nhân dân tỉnh Bắc Giang")]
    public void Extract_WholeLetterOnOneLine_AnExcerptNamingAnAuthorityKeepsItsWords(string excerpt)
    {
        // No authority line under the excerpt: the authority it names ("CỦA ỦY BAN NHÂN DÂN TỈNH …"), a longer name holding
        // a head, a head followed by more words, and an excerpt in sentence case are the excerpt's own words.
        var letter = Header + "QUYẾT ĐỊNH\n" + excerpt + "\n" + DecisionBody;
        var reference = DocumentExtractor.Extract(letter);
        reference.Subject.ShouldNotBeNullOrEmpty();
        reference.Subject!.Length.ShouldBeGreaterThan(excerpt.Length - 12);

        DocumentExtractor.Extract(letter.Replace('\n', ' ')).Subject.ShouldBe(reference.Subject);
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN YÊN DŨNG\nĐộc lập - Tự do - Hạnh phúc\n", "Ủy ban nhân dân huyện Yên Dũng")]
    [InlineData("ỦY BAN NHÂN DÂN HUYỆN YÊN DŨNG\n––––\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n", "Ủy ban nhân dân huyện Yên Dũng")]
    public void Extract_WholeLetterOnOneLine_TheHeaderCellsRowByRowGiveTheIssuer(string cells, string issuer)
    {
        // A web page gives the header table's cells row by row (the issuer's second line after the national title); a rule
        // of dashes under the issuer is no part of its name.
        var letter = cells + "Số: 12/UBND-KT\nV/v rà soát các chợ trên địa bàn huyện\nYên Dũng, ngày 3 tháng 4 năm 2024\nKính gửi: Phòng Kinh tế và Hạ tầng\n"
            + "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân huyện giao Phòng Kinh tế và Hạ tầng chủ trì rà soát các chợ trên địa bàn huyện, báo cáo trước ngày 15/4/2024.\n"
            + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n";

        DocumentExtractor.Extract(letter).Issuer.ShouldBe(issuer);
        DocumentExtractor.Extract(letter.Replace('\n', ' ')).Issuer.ShouldBe(issuer);
    }

    [Theory]
    [InlineData("KT.BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM", "  ")]
    [InlineData("KT BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM", "  ")]
    [InlineData("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM", " ")]
    public void Extract_WholeLetterOnOneLine_TheDeputyUnderAMarkWithoutItsSpaceOpensALine(string form, string gap)
    {
        var letter = "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/VPCP-KTTH\nV/v rà soát các chợ đầu mối\nHà Nội, ngày 3 tháng 4 năm 2024\n"
            + "Kính gửi: Bộ Công Thương\nXét đề nghị của Bộ Công Thương, Phó Thủ tướng có ý kiến như sau: Bộ Công Thương chủ trì rà soát các chợ đầu mối, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 6 năm 2024.\n"
            + "Nơi nhận:\n- Như trên;\n- Lưu: VT, KTTH (3).\n\n" + form + "\nNguyễn Văn An\n";
        var reference = DocumentExtractor.Extract(letter);
        reference.Signer.ShouldBe("Nguyễn Văn An");

        var x = DocumentExtractor.Extract(letter.Replace("\n\n", gap, StringComparison.Ordinal).Replace('\n', ' '));

        x.Signer.ShouldBe(reference.Signer);
        x.SigningForm.ShouldBe(reference.SigningForm);
    }

    [Theory]
    [InlineData("NGHỊ ĐỊNH", "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT THƯƠNG MẠI VỀ PHÁT TRIỂN THỊ TRƯỜNG", "CHÍNH PHỦ")]
    [InlineData("THÔNG TƯ LIÊN TỊCH", "HƯỚNG DẪN QUẢN LÝ KINH PHÍ PHÁT TRIỂN CHỢ NÔNG THÔN", "")]
    [InlineData("THÔNG TƯ", "HƯỚNG DẪN QUẢN LÝ KINH PHÍ PHÁT TRIỂN CHỢ NÔNG THÔN", "BỘ TRƯỞNG BỘ CÔNG THƯƠNG")]
    public void Extract_WholeLetterOnOneLine_ADecreeAndACircularReadTheirTypes(string title, string excerpt, string authority)
    {
        var letter = Header + title + "\n" + excerpt + "\n" + (authority.Length > 0 ? authority + "\n" : "") + DecisionBody;
        var reference = DocumentExtractor.Extract(letter);

        var x = DocumentExtractor.Extract(letter.Replace('\n', ' '));

        x.Type.ShouldBe(reference.Type);
        x.Subject.ShouldBe(reference.Subject);
    }

    [Fact]
    public void Extract_ShortLetterOnOneLine_ItsBlankLinesPartItsExcerptAndItsSource()
    {
        // A portal's short letter: blank lines between its parts, no "Số:" and no recipients; the excerpt "V/v …" after a
        // blank line's run of spaces lets the one-line step run, and the source line gives the number and date.
        var letter = "Trang thông tin\nTHÔNG TIN Ý KIẾN\nYên Dũng\n\nV/v xin chủ trương cải tạo chợ trung tâm huyện\n\nTHÔNG TIN PHẢN HỒI\n\nUBND huyện có ý kiến như sau:\n\n"
            + "Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Tài chính - Kế hoạch, Phòng Tài nguyên và Môi trường và các đơn vị liên quan kiểm tra hiện trạng chợ, "
            + "sự cần thiết của việc cải tạo, đề xuất phương án cải tạo và nguồn vốn thực hiện theo quy định của pháp luật; hoàn thành trước ngày 20/5/2024./.\n\n"
            + "(Theo Công văn số 123/UBND-KT, ngày 25/4/2024)\n";
        var reference = DocumentExtractor.Extract(letter);
        reference.NumberSymbol.ShouldBe("123/UBND-KT");

        var x = DocumentExtractor.Extract(letter.Replace('\n', ' '));

        x.NumberSymbol.ShouldBe(reference.NumberSymbol);
        x.Date.ShouldBe(reference.Date);
        x.Subject.ShouldBe(reference.Subject);
    }

    [Theory]
    [InlineData("Các đơn vị tham khảo tài liệu V/v hướng dẫn cũ và  thực hiện theo kế hoạch trong năm. ")]
    [InlineData("Các đơn vị thực hiện  KẾ HOẠCH NĂM NAY Theo đúng tiến độ đã đề ra trong năm. ")]
    public void Prepare_LongParagraphWithAnExcerptMarkInsideASentence_KeepsItsDoubleSpaces(string sentence)
    {
        // "V/v" after a single space is inside a sentence, and a type's name that does not open the line is no title: the
        // paragraph is no letter on one line.
        var paragraph = string.Concat(Enumerable.Repeat(sentence, 8));

        PreparedText.Create(paragraph).Lines.Count(l => l.End > l.Start).ShouldBe(1);
    }
}
