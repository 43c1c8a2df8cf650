namespace KyCuong.Documents.Tests;

/// <summary>
/// General reading rules for documents as they are really pasted (web pages, DOCX tables, PDF text): each test is
/// one rule, on a small text shaped like the real documents in TestData/corpus.
/// </summary>
public sealed class PastedLayoutRuleTests
{
    private const string Motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";

    [Fact]
    public void Extract_TablePipes_NumberAndPlaceDateInOneRow()
    {
        var x = DocumentExtractor.Extract(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 722/UBND-MT | Bắc Giang, ngày 28 tháng 03 năm 2013 |\n"
            + "Kính gửi: Sở Tài nguyên và Môi trường\nSở Tài nguyên và Môi trường chủ trì rà soát các cơ sở gây ô nhiễm.\nNơi nhận: | TL. CHỦ TỊCH |\n");

        x.NumberSymbol.ShouldBe("722/UBND-MT");
        x.Place.ShouldBe("Bắc Giang");
        x.Date.ShouldBe(new DateOnly(2013, 3, 28));
        x.Type.ShouldBe("Công văn");
    }

    [Fact]
    public void Extract_IssuerWithoutLocalityLine_CompletedFromProvincePlace()
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 29/2007/QĐ-UBND | Hà Nội, ngày 13 tháng 03 năm 2007 |\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT QUY HOẠCH CHI TIẾT\n");

        x.Issuer.ShouldBe("Ủy ban nhân dân thành phố Hà Nội");
    }

    [Fact]
    public void Extract_SigningFormInTableCell_IsRead()
    {
        var x = DocumentExtractor.Extract(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 722/UBND-MT | Bắc Giang, ngày 28 tháng 03 năm 2013 |\n"
            + "Kính gửi: Sở Tài nguyên và Môi trường\nSở Tài nguyên và Môi trường chủ trì rà soát các cơ sở gây ô nhiễm.\nNơi nhận: | TL. CHỦ TỊCH |\n");

        x.SigningForm.ShouldBe("TL. CHỦ TỊCH");
    }

    [Fact]
    public void Extract_PlaceAndDateWrappedOverThreeLines_AreJoined()
    {
        var x = DocumentExtractor.Extract("ỦY\nBAN NHÂN DÂN\nTỈNH SƠN LA\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 2862/QĐ-UBND\n|\nSơn\nLa, ngày 16 tháng 11\nnăm 2018\n|\nQUYẾT ĐỊNH\nVỀ\nVIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN PHẢN ÁNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa\nphương năm 2015;\n");

        x.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Sơn La");
        x.Place.ShouldBe("Sơn La");
        x.Date.ShouldBe(new DateOnly(2018, 11, 16));
    }

    [Fact]
    public void Extract_DateWithDayOnNextLine_IsRead()
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\n" + Motto + "Số: 196/KH-UBND\nVĩnh Phúc, ngày\n12 tháng 7 năm 2023\nKẾ HOẠCH\nCẢI\nTHIỆN, NÂNG CAO CHỈ SỐ XANH CẤP TỈNH (PGI) ĐẾN NĂM 2025\nTheo kết quả công bố của VCCI, tỉnh xếp thứ 9.\n");

        x.Date.ShouldBe(new DateOnly(2023, 7, 12));
        x.Subject.ShouldBe("CẢI THIỆN, NÂNG CAO CHỈ SỐ XANH CẤP TỈNH (PGI) ĐẾN NĂM 2025");
    }

    [Fact]
    public void Extract_NumberOnLineAfterSo_IsRead()
    {
        var x = DocumentExtractor.Extract("BỘ TÀI CHÍNH\n-------\n|\n" + Motto + "|\nSố:\n131/2018/TT-BTC\n|\nHà Nội, ngày 28\ntháng 12 năm 2018\n|\nTHÔNG TƯ\nSỬA\nĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 145/2013/TT-BTC\nCăn cứ Luật ngân sách nhà nước;\n");

        x.NumberSymbol.ShouldBe("131/2018/TT-BTC");
        x.Issuer.ShouldBe("Bộ Tài chính");
        x.Place.ShouldBe("Hà Nội");
        x.Subject.ShouldBe("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 145/2013/TT-BTC");
    }

    [Fact]
    public void Extract_WebPageTextBeforeIssuer_IsIgnored()
    {
        var x = DocumentExtractor.Extract(
            "Hệ thống pháp luật\nĐang tải nội dung, vui lòng chờ giây lát...\nSố hiệu: | 853/QĐ-UBND | Người ký: | Đoàn Văn Việt |\nQuyết định 366/QĐ-UBND thay thế văn bản này.\n\n"
            + "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n-------\n\n" + Motto + "\nSố: 853/QĐ-UBND\n\nLâm Đồng, ngày 07 tháng 5 năm 2018\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC PHÊ DUYỆT QUY HOẠCH MẠNG LƯỚI\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n\nCăn cứ Nghị định số 16/2015/NĐ-CP ngày 14 tháng 02 năm 2015 của Chính phủ;\n");

        x.NumberSymbol.ShouldBe("853/QĐ-UBND");
        x.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Lâm Đồng");
        x.Subject.ShouldBe("PHÊ DUYỆT QUY HOẠCH MẠNG LƯỚI");
        x.CitedDocuments.Select(c => c.NumberSymbol).ShouldBe(["16/2015/NĐ-CP"]);
    }

    [Fact]
    public void Extract_EscapedLineBreaksLeftAsText_AreLineBreaks()
    {
        var x = DocumentExtractor.Extract(@"\r\n ỦY BAN NHÂN DÂN | \r\n \r\n CỘNG\r\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \r\n" + "\n" + @"\r\n Số: 54/KH-UBND \r\n | \r\n \r\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \r\n |" + "\n");

        x.NumberSymbol.ShouldBe("54/KH-UBND");
        x.Place.ShouldBe("Lạng Sơn");
        x.Date.ShouldBe(new DateOnly(2020, 3, 27));
        x.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Lạng Sơn");
    }

    [Fact]
    public void Extract_HeaderCellsRunTogetherOnOneLine_AreSplit()
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc\n\n\nSố: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n\nV/v tiếp tục phối hợp tuyên truyền\n\nKính gửi:\n\n- Giám đốc Sở Thông tin và Truyền thông.\n");

        x.NumberSymbol.ShouldBe("454/UBND-NCTH");
        x.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Hậu Giang");
        x.Place.ShouldBe("Vị Thanh");
        x.Date.ShouldBe(new DateOnly(2011, 4, 6));
    }

    [Fact]
    public void Extract_WholeLetterOnOneLine_HeaderRead()
    {
        var oneLine = string.Join(' ', Seeds.Text("000").Replace("*", "", StringComparison.Ordinal).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

        var x = DocumentExtractor.Extract(oneLine);

        x.NumberSymbol.ShouldBe("919/UBND-NC");
        x.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Kiên Giang");
        x.Place.ShouldBe("Kiên Giang");
        x.Date.ShouldBe(new DateOnly(2023, 5, 16));
        x.Subject.ShouldBe("chấn chỉnh, tăng cường trách nhiệm trong xử lý công việc của các cơ quan, đơn vị trên địa bàn tỉnh Kiên Giang");
    }

    [Fact]
    public void Extract_StrayToneMarksFromPdf_AreRecombined()
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n" + Motto + "Số: 45/2007/QĐ-UBND\nBă \u0301c Ninh, ngày 01 tháng 8 năm 2007\n");

        x.Place.ShouldBe("Bắc Ninh");
    }

    [Fact]
    public void Extract_SymbolWithDot_IsRead()
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n" + Motto + "Số: 12/CĐ.UBND\nNghệ An, ngày 21 tháng 7 năm 2018\nCÔNG ĐIỆN\nVề việc khắc phục hậu quả bão số 3\n");

        x.NumberSymbol.ShouldBe("12/CĐ-UBND");
        x.NumberSymbolAsWritten.ShouldBe("12/CĐ.UBND");
        x.Type.ShouldBe("Công điện");
    }

    [Fact]
    public void Extract_TitleEndsAtAuthorityLine()
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n" + Motto + "Số: 3330/QĐ-UBND\nQuảng Trị, ngày 27 tháng 12 năm 2016\nQUYẾT ĐỊNH\nPHÊ DUYỆT QUY HOẠCH KHOÁNG SẢN TỈNH QUẢNG\nTRỊ ĐẾN NĂM 2020\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Luật Khoáng sản năm 2010;\n");

        x.Subject.ShouldBe("PHÊ DUYỆT QUY HOẠCH KHOÁNG SẢN TỈNH QUẢNG TRỊ ĐẾN NĂM 2020");
    }

    [Fact]
    public void Extract_ParagraphsSeparatedBySingleLineBreaks_AreSeparateTasks()
    {
        var x = DocumentExtractor.Extract("VĂN PHÒNG CHÍNH PHỦ\n" + Motto + "Số: 2309/VPCP-KTN\nHà Nội, ngày 15 tháng 4 năm 2011\nKính gửi: Bộ Quốc phòng\n"
            + "Xét đề nghị của Ủy ban nhân dân thành phố Hà Nội, Thủ tướng Chính phủ có ý kiến như sau:\n"
            + "Giao Bộ Quốc phòng chỉ đạo kiểm tra và xử lý việc xây dựng công trình, báo cáo Thủ tướng Chính phủ.\n"
            + "Văn phòng Chính phủ thông báo để Bộ Quốc phòng và các cơ quan liên quan biết, thực hiện./.\n");

        var task = x.Tasks.ShouldHaveSingleItem();
        task.AssigneeUnits.ShouldBe(["Bộ Quốc phòng"]);
    }

    [Fact]
    public void Extract_DirectiveVerbAfterLeadersTitleAndName_FindsAssignee()
    {
        var x = DocumentExtractor.Extract("VĂN PHÒNG CHÍNH PHỦ\n" + Motto + "Số: 10551/VPCP-KGVX\nV/v phản ánh của báo Pháp luật Việt Nam.\nHà Nội, ngày 06 tháng 12 năm 2016\n\nKính gửi: Bộ Y tế.\n\n"
            + "Báo Pháp luật Việt Nam số ra ngày 02 tháng 12 năm 2016 có bài viết phản ánh tình trạng kháng kháng sinh.\n\n"
            + "Về việc này, Thủ tướng Chính phủ Nguyễn Xuân Phúc giao Bộ Y tế kiểm tra nội dung báo nêu, báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 12 năm 2016.\n\n"
            + "Văn phòng Chính phủ thông báo để Bộ Y tế và cơ quan liên quan biết, thực hiện./.\n");

        var task = x.Tasks.ShouldHaveSingleItem();
        task.AssigneeUnits.ShouldBe(["Bộ Y tế"]);
        task.Deadline.ShouldBe(new DateOnly(2016, 12, 15));
    }

    [Fact]
    public void Extract_SemicolonSeparatedExecutors_AreEachAssignees()
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n" + Motto + "Số: 2862/QĐ-UBND\nSơn La, ngày 16 tháng 11 năm 2018\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\n"
            + "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký ban hành.\n"
            + "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.\n");

        x.Tasks.Single(t => t.Ref == "Điều 3").AssigneeUnits.Count.ShouldBe(3);
    }

    [Fact]
    public void Extract_ProvincesListedAfterColon_EachProvinceIsAnAssignee()
    {
        var x = DocumentExtractor.Extract("THỦ TƯỚNG CHÍNH PHỦ\n" + Motto + "Số: 646/CĐ-TTg\nHà Nội, ngày 16 tháng 7 năm 2023\nCÔNG ĐIỆN\nVề việc tập trung ứng phó bão số 1\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thái Bình.\n\n"
            + "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thái Bình chỉ đạo triển khai ngay các biện pháp ứng phó với bão.\n");

        x.Tasks.Single(t => t.Ref == "1").AssigneeUnits.ShouldBe(
            ["Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh", "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng", "Chủ tịch Ủy ban nhân dân tỉnh Thái Bình"]);
    }

    [Fact]
    public void Extract_NewsPageLead_NamesTheReproducedDocument()
    {
        var x = DocumentExtractor.Extract("Tăng cường phòng, chống sốt xuất huyết\n12/05/2024  09:15\n"
            + "(Chinhphu.vn) - Bộ Y tế vừa có Công văn số 2345/BYT-DP ngày 10/5/2024 về việc tăng cường công tác phòng, chống sốt xuất huyết.\n"
            + "Công văn nêu: Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố khẩn trương giám sát, phát hiện sớm ca bệnh.\n");

        x.Type.ShouldBe("Công văn");
        x.NumberSymbol.ShouldBe("2345/BYT-DP");
        x.Date.ShouldBe(new DateOnly(2024, 5, 10));
        x.Subject.ShouldBe("tăng cường công tác phòng, chống sốt xuất huyết");
        x.CitedDocuments.ShouldNotContain(c => c.NumberSymbol == "2345/BYT-DP");
    }

    [Fact]
    public void Extract_LetterWithItsHeader_ANewsLikeSentenceInItsBodyIsACitation()
    {
        var x = DocumentExtractor.Extract("BỘ Y TẾ\n" + Motto + "Số: 88/BYT-KCB\nHà Nội, ngày 02 tháng 6 năm 2024\nV/v khám bệnh mùa hè\n"
            + "Kính gửi: Sở Y tế các tỉnh, thành phố.\n"
            + "Bộ Y tế vừa có Công văn số 2345/BYT-DP ngày 10/5/2024 về việc tăng cường công tác phòng, chống sốt xuất huyết.\n"
            + "Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố bố trí khám bệnh ngoài giờ.\n");

        x.NumberSymbol.ShouldBe("88/BYT-KCB");
        x.Date.ShouldBe(new DateOnly(2024, 6, 2));
        x.CitedDocuments.ShouldContain(c => c.NumberSymbol == "2345/BYT-DP");
    }
}
