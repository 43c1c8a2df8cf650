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

    // NĐ 30/2020 Phụ lục I: the type and the issuer are parted by a hyphen; a dot in their place reads as one, while a dot
    // inside the issuing unit's abbreviation after that hyphen (the office "VP.UBND", the department "V.I") is its own.
    [Theory]
    [InlineData("Số: 63/2011/NQ.HĐND", "63/2011/NQ-HĐND")]
    [InlineData("Số: 7/CT.UBND", "7/CT-UBND")]
    [InlineData("Số: 26/TB-VP.UBND", "26/TB-VP.UBND")]
    [InlineData("Số: 8601/VPCP-V.I", "8601/VPCP-V.I")]
    [InlineData("Số: 2656/VPCP-V.III", "2656/VPCP-V.III")]
    [InlineData("Số: 14/QĐ-UBND.", "14/QĐ-UBND")]
    public void Extract_DotInSymbol_PartsTypeFromIssuerOnly(string numberLine, string expected)
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n" + Motto + numberLine + "\nNghệ An, ngày 21 tháng 7 năm 2018\n");

        x.NumberSymbol.ShouldBe(expected);
    }

    [Theory]
    [InlineData("Thực hiện Thông báo số 26/TB-VP.UBND ngày 5/3/2018 của Văn phòng, Sở Y tế báo cáo.", "26/TB-VP.UBND")]
    [InlineData("Căn cứ Nghị quyết số 63/2011/NQ.HĐND ngày 9/12/2011 của HĐND tỉnh.", "63/2011/NQ-HĐND")]
    [InlineData("Theo Công văn số 2656/VPCP-V.III ngày 1/4/2016 của Văn phòng Chính phủ.", "2656/VPCP-V.III")]
    public void Extract_CitedSymbolWithDot_KeepsTheUnitsOwnDot(string sentence, string expected)
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n" + Motto + "Số: 12/UBND-VX\nNghệ An, ngày 21 tháng 7 năm 2018\n" + sentence + "\n");

        x.CitedDocuments.Select(c => c.NumberSymbol).ShouldContain(expected);
    }

    private const string Letter = "VĂN PHÒNG CHÍNH PHỦ\n" + Motto + "Số: 1768/VPCP-KTN\nHà Nội, ngày 15 tháng 3 năm 2012\nKính gửi: Bộ Công an.\n"
        + "Phó Thủ tướng có ý kiến như sau: Bộ Công an chỉ đạo kiểm tra, xử lý nghiêm theo quy định của pháp luật và báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 3.\n"
        + "Văn phòng Chính phủ xin thông báo để Bộ Công an biết, thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, KTN (3).\n";

    // NĐ 30/2020 Phụ lục I: the signer's full name under the signing form. Copies put "(Đã ký)" between them, or wrap
    // the name after the family name; neither changes who signed.
    [Theory]
    [InlineData("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n(Đã ký)\n\nVăn Trọng Lý\n", "Văn Trọng Lý")]
    [InlineData("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n(đã ký)\nNguyễn Văn Tùng\ntải về 8.02 Kb.\n", "Nguyễn Văn Tùng")]
    [InlineData("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n(đã ký)\nNguyễn Văn Tùng\n", "Nguyễn Văn Tùng")]
    [InlineData("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn Tùng\ntải về 8.02 Kb.\n", "Nguyễn Văn Tùng")]
    [InlineData("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ\nCHỦ NHIỆM\nNguyễn\nKhắc Định\n", "Nguyễn Khắc Định")]
    [InlineData("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nTrần\nVăn Lâm\n", "Trần Văn Lâm")]
    [InlineData("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nLê Mạnh Hà\n", "Lê Mạnh Hà")]
    public void Extract_SignerAfterMarkOrWrappedName_IsRead(string tail, string signer)
    {
        var x = DocumentExtractor.Extract(Letter + tail);

        x.Signer.ShouldBe(signer);
    }

    [Fact]
    public void Extract_FamilyNameFarAboveTheName_IsNotJoined()
    {
        var x = DocumentExtractor.Extract(Letter + "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn\n(Đã ký)\nVăn Trọng Lý\n");

        x.Signer.ShouldBe("Văn Trọng Lý");
    }

    // A page cut inside the signing form ("TM. ỦY BAN N") leaves no form to report; a whole form is read.
    [Theory]
    [InlineData("TM. ỦY BAN N\n", null)]
    [InlineData("KT. GIÁM Đ\n", null)]
    [InlineData("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH")]
    public void Extract_SigningFormCutMidWord_IsNotReported(string tail, string? form)
    {
        var x = DocumentExtractor.Extract(Letter + tail);

        x.SigningForm.ShouldBe(form);
    }

    // "Về:" under the number line is the excerpt (trích yếu) as some offices print it instead of "V/v".
    [Theory]
    [InlineData("Về: tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT.", "tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT")]
    [InlineData("Về : báo cáo kết quả tuyển sinh năm 2010", "báo cáo kết quả tuyển sinh năm 2010")]
    [InlineData("V/v báo cáo kết quả tuyển sinh năm 2010", "báo cáo kết quả tuyển sinh năm 2010")]
    public void Extract_SubjectOpenedByVeColon_IsRead(string line, string subject)
    {
        var x = DocumentExtractor.Extract("UỶ BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n" + Motto + "Số: 2865/GDĐT-KT\n" + line
            + "\nTp.Hồ Chí Minh, ngày 07 tháng 12 năm 2007\nKính gửi: Hiệu trưởng các trường.\nCác đơn vị gửi ý kiến về Sở trước ngày 15/12/2007.\n");

        x.Subject.ShouldBe(subject);
    }

    [Fact]
    public void Extract_BodySentenceOpenedByVe_IsNoSubject()
    {
        var x = DocumentExtractor.Extract("UỶ BAN NHÂN DÂN\nTỈNH NINH THUẬN\n" + Motto + "Số: 21/UBND-VX\nNinh Thuận, ngày 07 tháng 12 năm 2010\nKính gửi: Sở Y tế.\n"
            + "Về: việc này, Ủy ban nhân dân tỉnh có ý kiến như sau: giao Sở Y tế kiểm tra.\n");

        x.Subject.ShouldBeNull();
    }

    // A page that joined the type and its excerpt on one line ("THÔNG BÁO Về việc …") still names both.
    [Theory]
    [InlineData("THÔNG BÁO Về việc tổ chức lấy ý kiến về Kế hoạch sử dụng đất năm 2025", "Thông báo", "tổ chức lấy ý kiến về Kế hoạch sử dụng đất năm 2025")]
    [InlineData("KẾ HOẠCH V/v tổ chức Tết Trung thu năm 2019", "Kế hoạch", "tổ chức Tết Trung thu năm 2019")]
    [InlineData("CÔNG ĐIỆN Về việc chủ động ứng phó bão số 3", "Công điện", "chủ động ứng phó bão số 3")]
    [InlineData("THÔNG BÁO Về việc tổ chức lấy ý kiến về Kế hoạch sử dụng đất năm 2025 huyện Chợ Mới tỉnh Bắc Kạn", "Thông báo", "tổ chức lấy ý kiến về Kế hoạch sử dụng đất năm 2025 huyện Chợ Mới tỉnh Bắc Kạn")]
    public void Extract_TypeAndExcerptOnOneLine_AreRead(string line, string type, string subject)
    {
        var x = DocumentExtractor.Extract(line + "\n1. Hồ sơ gồm báo cáo và bản đồ.\n2. Thời gian: từ ngày 17/3/2025 đến ngày 05/4/2025.\n");

        x.Type.ShouldBe(type);
        x.Subject.ShouldBe(subject);
    }

    [Fact]
    public void Extract_SentenceNamingATypeBeforeVeViec_IsNoTypeLine()
    {
        var x = DocumentExtractor.Extract("Ủy ban nhân dân huyện ban hành Thông báo về việc tổ chức lấy ý kiến về Kế hoạch sử dụng đất năm 2025 của huyện.\n");

        x.Type.ShouldBeNull();
    }

    // A portal's field label in capitals is no issuer; the capital lines above a news lead (the paper's masthead) are
    // not the issuer's cells: the lead's symbol gives the issuer (docs/domain.md §5).
    [Theory]
    [InlineData("BÁO ĐIỆN TỬ CHÍNH PHỦ\n\nĐẩy mạnh tiêu dùng\nThủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 239/CĐ-TTg ngày 12/12/2025 yêu cầu các bộ, ngành, địa phương khẩn trương khắc phục hậu quả thiên tai.\n", "Thủ tướng Chính phủ")]
    [InlineData("TIN TỨC - SỰ KIỆN\nVăn phòng Chính phủ vừa ban hành Công văn số 3540/VPCP-CN ngày 7/6/2022 truyền đạt ý kiến của Phó Thủ tướng giao Bộ Giao thông vận tải chủ trì.\n", "Văn phòng Chính phủ")]
    [InlineData("CỔNG THÔNG TIN ĐIỆN TỬ\nThủ tướng Chính phủ vừa có Công điện số 11/CĐ-TTg ngày 7/2/2025 về việc chủ động ứng phó rét đậm, rét hại.\n", "Thủ tướng Chính phủ")]
    public void Extract_MastheadAboveNewsLead_IsNotTheIssuer(string text, string issuer)
    {
        var x = DocumentExtractor.Extract(text);

        x.Issuer.ShouldBe(issuer);
    }

    [Theory]
    [InlineData("Insert title here\nTHÔNG TIN Ý KIẾN\nV/v xin chủ trương nạo vét\nTHÔNG TIN PHẢN HỒI\nUBND tỉnh có ý kiến như sau:\nGiao Sở Tài nguyên và Môi trường chủ trì kiểm tra.\n")]
    [InlineData("Chủ tịch UBND tỉnh vừa ban hành Công điện số 34/CĐ-UBND ngày 12/12/2025 về việc chủ động ứng phó với rét đậm, rét hại.\n")]
    public void Extract_PortalLabelOrBareCommittee_IsNoIssuer(string text)
    {
        var x = DocumentExtractor.Extract(text);

        x.Issuer.ShouldBeNull();
    }

    // "văn bản 6352/SXD-TTr": the generic noun for a document introduces a letter's symbol as its type or "số" does.
    [Theory]
    [InlineData("Sở Xây dựng đã có văn bản 6352/SXD-TTr ngày 22/7/2020 đôn đốc kiểm tra.", "6352/SXD-TTr")]
    [InlineData("Thực hiện chỉ đạo của UBND Thành phố tại văn bản 5654/VP-ĐT ngày 8/7/2020 về việc kiểm tra.", "5654/VP-ĐT")]
    [InlineData("Theo Văn bản 412/UBND-VX của UBND huyện, các xã báo cáo.", "412/UBND-VX")]
    public void Extract_LetterCitedAfterVanBan_IsCited(string sentence, string expected)
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n" + Motto + "Số: 12/UBND-VX\nNghệ An, ngày 21 tháng 7 năm 2020\n" + sentence + "\n");

        x.CitedDocuments.Select(c => c.NumberSymbol).ShouldContain(expected);
    }

    [Theory]
    [InlineData("Phòng 12/UBND-A của trụ sở đã được sửa chữa.")]
    [InlineData("Mã hồ sơ 6352/SXD-TTr được ghi trên phiếu.")]
    public void Extract_LetterSymbolWithoutCue_IsNotCited(string sentence)
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n" + Motto + "Số: 12/UBND-VX\nNghệ An, ngày 21 tháng 7 năm 2020\n" + sentence + "\n");

        x.CitedDocuments.ShouldBeEmpty();
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

    // A page whose font dropped "ố" keeps "S:" on the number line and a lone "s" glued to a cited symbol; a copy may glue
    // "số" to the word before it (docs/domain.md §5, twentieth pass).
    [Theory]
    [InlineData("S: 5157/QĐ-UBND", "5157/QĐ-UBND")]
    [InlineData("S : 48/KH-UBND", "48/KH-UBND")]
    [InlineData("S: 12/2021/QĐ-UBND", "12/2021/QĐ-UBND")]
    public void Extract_NumberLineThatLostItsO_GivesTheNumber(string line, string expected)
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n" + Motto + line + "\nNghệ An, ngày 21 tháng 7 năm 2020\nQUYẾT ĐỊNH\nVề việc kiểm tra\n");

        x.NumberSymbol.ShouldBe(expected);
        x.CitedDocuments.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Căn cứ Nghị định s20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ;", "20/2008/NĐ-CP")]
    [InlineData("Căn cứ Thông tư s02/2017/TT-VPCP ngày 31/10/2017;", "02/2017/TT-VPCP")]
    [InlineData("Thực hiện Công văn s412/UBND-VX ngày 3/5/2020 của UBND huyện, các xã báo cáo.", "412/UBND-VX")]
    [InlineData("Theo chỉ đạo của Thủ tướng tại văn bảnsố 217/TTg-KTN ngày 20 tháng 02 năm 2012, các bộ thực hiện.", "217/TTg-KTN")]
    [InlineData("Thực hiện công vănsố 88/BYT-KCB ngày 2/6/2024, các đơn vị báo cáo.", "88/BYT-KCB")]
    public void Extract_SymbolAfterALostOrGluedSo_IsCited(string sentence, string expected)
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n" + Motto + "Số: 12/UBND-VX\nNghệ An, ngày 21 tháng 7 năm 2020\n" + sentence + "\n");

        x.CitedDocuments.Select(c => c.NumberSymbol).ShouldContain(expected);
    }

    [Theory]
    [InlineData("Mã hồ sơ 6352/SXD-TTr được ghi trên phiếu.")]
    [InlineData("Các lớp 12s 6352/SXD-TTr đã học xong.")]
    [InlineData("Phòng trọ số nhà 12/UBND-A đã được sửa chữa.")]
    [InlineData("Chỉ sốs 12/UBND-A tăng so với năm trước.")]
    public void Extract_LetterSymbolAfterAnSInsideAWord_IsNotCited(string sentence)
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n" + Motto + "Số: 12/UBND-VX\nNghệ An, ngày 21 tháng 7 năm 2020\n" + sentence + "\n");

        x.CitedDocuments.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Các xã đã chi trả s: 12 hộ gia đình.")]
    [InlineData("S: diện tích 12 ha")]
    public void Extract_SColonInABodyLine_IsNoNumberLine(string line)
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n" + Motto + "Số: 12/UBND-VX\nNghệ An, ngày 21 tháng 7 năm 2020\nV/v báo cáo\nKính gửi: Sở Tài chính\n" + line + "\n");

        x.NumberSymbol.ShouldBe("12/UBND-VX");
    }

    // "TP.HỒ CHÍ MINH" under the body's name: the issuer is written out, "TP." as "thành phố" (docs/domain.md §5, twentieth pass).
    [Theory]
    [InlineData("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI\nTP.HỒ CHÍ MINH\n", "Bảo hiểm xã hội thành phố Hồ Chí Minh")]
    [InlineData("CÔNG AN\nTP. ĐÀ NẴNG\n", "Công an thành phố Đà Nẵng")]
    [InlineData("ỦY BAN NHÂN DÂN\nTP. CẦN THƠ\n", "Ủy ban nhân dân thành phố Cần Thơ")]
    public void Extract_IssuerWithTpDot_IsWrittenOut(string header, string expected)
    {
        var x = DocumentExtractor.Extract(header + Motto + "Số: 12/TB-BHXH\nNgày 23 tháng 6 năm 2023\nTHÔNG BÁO\nVề việc điều chỉnh mức đóng\n");

        CorpusScore.Fold(x.Issuer).ShouldBe(CorpusScore.Fold(expected));
    }

    [Theory]
    [InlineData("CÔNG TY CỔ PHẦN TPA\n", "TPA")]
    [InlineData("CÔNG TY CỔ PHẦN STP. VIỆT\n", "STP. VIỆT")]
    public void Extract_IssuerWithTpWithoutDot_IsKept(string header, string kept)
    {
        var x = DocumentExtractor.Extract(header + Motto + "Số: 12/TB-UBND\nNgày 23 tháng 6 năm 2023\nTHÔNG BÁO\nVề việc điều chỉnh mức đóng\n");

        x.Issuer.ShouldNotBeNull();
        x.Issuer.ShouldContain(kept, Case.Insensitive);
        x.Issuer.ShouldNotContain("thành phố", Case.Insensitive);
    }

    [Theory]
    [InlineData("\"VỀVIỆC BAN HÀNH QUY ĐỊNH VỀ CÁN BỘ, CÔNG CHỨC CẤP XÃ \"", "VỀVIỆC BAN HÀNH QUY ĐỊNH VỀ CÁN BỘ, CÔNG CHỨC CẤP XÃ")]
    [InlineData("“VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC”", "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC")]
    // A quotation inside the title is the title's own.
    [InlineData("PHÊ DUYỆT ĐỀ ÁN \"PHÁT TRIỂN DU LỊCH\"", "PHÊ DUYỆT ĐỀ ÁN \"PHÁT TRIỂN DU LỊCH\"")]
    [InlineData("\"PHÊ DUYỆT\" ĐỀ ÁN \"DU LỊCH\"", "\"PHÊ DUYỆT\" ĐỀ ÁN \"DU LỊCH\"")]
    public void TitleWhollyInQuotes_IsReadWithoutThem(string title, string subject) =>
        DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n" + Motto + "Số: 48/2004/QĐ-UB\nPleiku, ngày 21 tháng 4 năm 2004\nQUYẾT ĐỊNH\n\n" + title
            + "\n\nỦY BAN NHÂN DÂN TỈNH GIA LAI\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;\n").Subject.ShouldBe(subject);

    [Theory]
    [InlineData("Quy định việc xác nhận phiên hiệu đơn vị\n\n đã được thành lập trong các thời kỳ\n\n_____\n", "Quy định việc xác nhận phiên hiệu đơn vị đã được thành lập trong các thời kỳ")]
    [InlineData("Hướng dẫn thực hiện Nghị định số 115/2003/NĐ-CP\n\ncủa Chính phủ về chế độ công chức dự bị\n\n", "Hướng dẫn thực hiện Nghị định số 115/2003/NĐ-CP của Chính phủ về chế độ công chức dự bị")]
    // A line in sentence case after the blank line opens the body: the title stops before it.
    [InlineData("Hướng dẫn thực hiện chế độ công chức dự bị\n\nThi hành Nghị định số 115/2003/NĐ-CP, Bộ Nội vụ hướng dẫn như sau:\n", "Hướng dẫn thực hiện chế độ công chức dự bị")]
    public void TitleLinesSetApartByBlankLines_ContinueWhereTheNextOpensInLowerCase(string title, string subject) =>
        DocumentExtractor.Extract("BỘ NỘI VỤ\nSố: 18/2014/TT-BNV\n" + Motto + "Hà Nội, ngày 25 tháng 11 năm 2014\n\nTHÔNG TƯ\n\n" + title
            + "Căn cứ Luật Thanh niên năm 2005;\n").Subject.ShouldBe(subject);

    // A portal that lists a ministry's letters prints each as a card without its printed header (docs/domain.md §5): the
    // number alone, "<initials> Theo <ISSUER> -", then "Công văn V/v …" (or "Về việc …", or "Số: … ngày … Về việc …").
    [Theory]
    [InlineData("245/BYT-KCB\n\nKTBT, TT Nguyễn Văn Bình Theo BỘ Y TẾ -\n\nCông văn V/v tăng cường khám sàng lọc cho học sinh vùng cao\n\nKính gửi: Sở Y tế tỉnh Lai Châu\n",
        "245/BYT-KCB", "Bộ Y tế", "tăng cường khám sàng lọc cho học sinh vùng cao", null)]
    [InlineData("1702/BTP-VP\n\nTLBT, Vụ Tổng hợp Trần Thị Mai Theo BỘ TƯ PHÁP -\n\nCông văn Về việc góp ý dự thảo quy chế phối hợp\n\nKính gửi: Bộ Xây dựng\n",
        "1702/BTP-VP", "Bộ Tư pháp", "góp ý dự thảo quy chế phối hợp", null)]
    [InlineData("3087/BXD-QLN\n\nKTBT, TT Lê Quang Hùng Theo BỘ XÂY DỰNG -\n\nCông văn Số: 3087/BXD-QLN ngày 14 tháng 9 năm 2015 Về việc hướng dẫn cải tạo nhà chung cư cũ\n\nKính gửi: Ủy ban nhân dân tỉnh Bình Định\n",
        "3087/BXD-QLN", "Bộ Xây dựng", "hướng dẫn cải tạo nhà chung cư cũ", "2015-09-14")]
    public void Extract_PortalCardWithoutPrintedHeader_GivesNumberIssuerTypeSubject(string text, string number, string issuer, string subject, string? date)
    {
        var x = DocumentExtractor.Extract(text);

        x.NumberSymbol.ShouldBe(number);
        x.Issuer.ShouldBe(issuer);
        x.Type.ShouldBe("Công văn");
        x.Subject.ShouldBe(subject);
        x.Date.ShouldBe(date is null ? null : (DateOnly?)DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Extract_PortalCardWithLongExcerpt_StillEndsTheHeaderAtKinhGui()
    {
        // A card's title line as long as a body sentence (twenty words and more) is still the header's.
        var x = DocumentExtractor.Extract(
            "516/BNNPTNT-TT\n\nKTBT, TT Hoàng Văn Tám Theo BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN -\n\n"
            + "Công văn V/v Tham dự hội chợ nông sản an toàn và sản phẩm đặc trưng của các tỉnh vùng đồng bằng sông Cửu Long năm 2019\n\n"
            + "Kính gửi: Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng\n\n"
            + "Bộ Nông nghiệp và Phát triển nông thôn đề nghị Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng cử đại diện tham dự.\n");

        x.NumberSymbol.ShouldBe("516/BNNPTNT-TT");
        x.Subject.ShouldBe("Tham dự hội chợ nông sản an toàn và sản phẩm đặc trưng của các tỉnh vùng đồng bằng sông Cửu Long năm 2019");
        x.Recipients.ShouldContain("Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng");
    }

    [Theory]
    // A bare symbol on the first line without the author line is no card.
    [InlineData("245/BYT-KCB\n\nCông văn V/v tăng cường khám sàng lọc cho học sinh vùng cao\n\nKính gửi: Sở Y tế tỉnh Lai Châu\n")]
    // An author line without the type's title line is no card.
    [InlineData("245/BYT-KCB\n\nKTBT, TT Nguyễn Văn Bình Theo BỘ Y TẾ -\n\nĐề nghị Sở Y tế tỉnh Lai Châu khẩn trương báo cáo.\n")]
    // "Theo" in a sentence ("Theo Bộ Y tế, …") is no author line.
    [InlineData("245/BYT-KCB\n\nTheo Bộ Y tế, số ca mắc giảm -\n\nCông văn V/v tăng cường khám sàng lọc cho học sinh vùng cao\n")]
    public void Extract_PortalCardIncomplete_ReadsNoNumberFromIt(string text)
    {
        var x = DocumentExtractor.Extract(text);

        x.NumberSymbol.ShouldBeNull();
    }

    // A signing title in capitals run into the signer's name by copying ("CHÁNH VĂN PHÒNGThái Hữu Phép"): NĐ 30/2020
    // Phụ lục I prints them on separate lines, so they are read apart.
    [Theory]
    [InlineData("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNGLê Minh Hoàng\n", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", "Lê Minh Hoàng")]
    [InlineData("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCHTrần Thị Ngọc Hà\n", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Trần Thị Ngọc Hà")]
    [InlineData("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐCĐinh Văn Sơn\n", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "Đinh Văn Sơn")]
    public void Extract_SigningTitleGluedToName_AreReadApart(string signature, string form, string signer)
    {
        var x = DocumentExtractor.Extract(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 315/UBND-VX | Quảng Trị, ngày 04 tháng 05 năm 2018 |\n"
            + "Kính gửi: Sở Y tế\nSở Y tế chủ trì kiểm tra an toàn thực phẩm.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + signature);

        x.SigningForm.ShouldBe(form);
        x.Signer.ShouldBe(signer);
    }

    [Fact]
    public void Extract_SignerNameInCapitalsAfterTitle_IsNotSplit()
    {
        // A title and a name both in capitals on separate lines stay as they were read.
        var x = DocumentExtractor.Extract(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 315/UBND-VX | Quảng Trị, ngày 04 tháng 05 năm 2018 |\n"
            + "Kính gửi: Sở Y tế\nSở Y tế chủ trì kiểm tra an toàn thực phẩm.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Minh Hoàng\n");

        x.SigningForm.ShouldBe("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        x.Signer.ShouldBe("Lê Minh Hoàng");
    }

    // Twenty-sixth pass: a portal reproducing a provincial committee's reply without its header. Its source line may come
    // without brackets ("Theo Công văn … ngày …") or as a link without the date ("Xem chi tiết tại Công văn …"); the form's
    // label "CƠ QUAN TỔ CHỨC" names no body; the symbol gives the committee and the one province the page names its
    // province, when the reply speaks of the provincial committee (docs/domain.md §5).
    [Theory]
    [InlineData("Theo Công văn 1188/UBND-TH ngày 14/06/2022", "1188/UBND-TH", "2022-06-14")]
    [InlineData("Xem chi tiết tại Công văn 2741/UBND-NN", "2741/UBND-NN", null)]
    [InlineData("(Theo Công văn số 3310/UBND-KT, ngày 5/6/2024)", "3310/UBND-KT", "2024-06-05")]
    public void Extract_PortalReplyWithItsSourceLine_TakesNumberTypeAndProvince(string source, string numberSymbol, string? date)
    {
        var x = DocumentExtractor.Extract("Insert title here\nCƠ QUAN TỔ CHỨC\nTHÔNG TIN Ý KIẾN\nQuy Nhơn, Bình Định\n\n"
            + "Công ty TNHH Hải Long xin gia hạn thời gian thuê đất tại khu công nghiệp Phú Tài\n\nTHÔNG TIN PHẢN HỒI\n\n"
            + "UBND tỉnh có ý kiến như sau:\nGiao Sở Tài nguyên và Môi trường chủ trì, phối hợp với UBND thành phố Quy Nhơn kiểm tra, đề xuất UBND tỉnh xem xét.\n\n"
            + source + "\n");

        x.NumberSymbol.ShouldBe(numberSymbol);
        x.Type.ShouldBe("Công văn");
        x.Date.ShouldBe(date is null ? null : (DateOnly?)DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        x.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Bình Định");
        x.CitedDocuments.ShouldNotContain(c => c.NumberSymbol == numberSymbol);
    }

    [Theory]
    // Two provinces named: which committee replied is not known.
    [InlineData("Bình Định", "UBND tỉnh có ý kiến như sau:\nGiao Sở Công Thương phối hợp với tỉnh Phú Yên rà soát tuyến điện.\n")]
    // A district's reply: the province is no issuer of it.
    [InlineData("Sơn Dương, Tuyên Quang", "UBND huyện có ý kiến như sau:\nGiao Phòng Kinh tế và Hạ tầng kiểm tra hiện trạng.\n")]
    public void Extract_PortalReplyWithoutOneProvincialCommittee_NamesNoIssuer(string place, string reply)
    {
        var x = DocumentExtractor.Extract("Insert title here\nCƠ QUAN TỔ CHỨC\nTHÔNG TIN Ý KIẾN\n" + place + "\n\nV/v xin chủ trương cải tạo tuyến đường\n\n"
            + "THÔNG TIN PHẢN HỒI\n\n" + reply + "\nXem chi tiết tại Công văn 905/UBND-KT\n");

        x.NumberSymbol.ShouldBe("905/UBND-KT");
        x.Issuer.ShouldBeNull();
    }

    [Fact]
    public void Extract_SourceSentenceInsideTheBody_IsNoSourceLine()
    {
        var x = DocumentExtractor.Extract("UBND tỉnh có ý kiến như sau:\nGiao Sở Y tế kiểm tra các cơ sở khám bệnh.\n"
            + "Theo Công văn 1188/UBND-TH ngày 14/06/2022, Sở Y tế đã báo cáo kết quả rà soát.\n");

        x.NumberSymbol.ShouldBeNull();
        x.CitedDocuments.ShouldContain(c => c.NumberSymbol == "1188/UBND-TH");
    }

    // A double office printed with its comma and wrapped after it ("KT. BỘ TRƯỞNG," / "CHỦ NHIỆM") is one title; a title
    // line without the comma is the next title.
    [Theory]
    [InlineData("KT. BỘ TRƯỞNG,\nCHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nĐỗ Minh Khang\n", "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM")]
    [InlineData("KT. BỘ TRƯỞNG,\nCHỦ NHIỆM |\nÝ kiến bạn đọc\n", "KT. BỘ TRƯỞNG, CHỦ NHIỆM")]
    [InlineData("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỗ Minh Khang\n", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")]
    // The deputy's title run into the line of "KT. …" by copying is the next title.
    [InlineData("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC\nHà Thị Lan\n", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC")]
    [InlineData("KT. CỤC TRƯỞNG PHÓ CỤC TRƯỞNGLò Văn Tám\n", "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG")]
    // A team's deputy head is a title, not the signer.
    [InlineData("KT. TỔ TRƯỞNG\nTỔ PHÓ THƯỜNG TRỰC\nĐỗ Minh Khang\n", "KT. TỔ TRƯỞNG / TỔ PHÓ THƯỜNG TRỰC")]
    public void Extract_SigningTitleWrappedAfterItsComma_IsOneTitle(string signature, string form)
    {
        var x = DocumentExtractor.Extract(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 208/UBND-NN | Tây Ninh, ngày 11 tháng 07 năm 2019 |\n"
            + "Kính gửi: Sở Nông nghiệp và Phát triển nông thôn\nSở Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra dịch bệnh.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + signature);

        x.SigningForm.ShouldBe(form);
    }

    // A page whose first line names the document by its full name ("<Type> số <symbol> (ngày …) của <issuer> về việc …")
    // gives its type, number, date and subject; the committee's province comes from the page when it names one.
    [Fact]
    public void Extract_DocumentsFullNameAsFirstLine_IsItsHeader()
    {
        var x = DocumentExtractor.Extract("Quyết định số 1520/QĐ-UBND của UBND tỉnh về việc phê duyệt phương án phòng, chống lụt bão trên địa bàn tỉnh Phú Yên năm 2020\n"
            + "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt phương án phòng, chống lụt bão năm 2020 của tỉnh.\n"
            + "Điều 2. Sở Nông nghiệp và Phát triển nông thôn có trách nhiệm hướng dẫn các huyện thực hiện phương án.\n");

        x.Type.ShouldBe("Quyết định");
        x.NumberSymbol.ShouldBe("1520/QĐ-UBND");
        x.Subject.ShouldBe("phê duyệt phương án phòng, chống lụt bão trên địa bàn tỉnh Phú Yên năm 2020");
        x.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Phú Yên");
        x.CitedDocuments.ShouldNotContain(c => c.NumberSymbol == "1520/QĐ-UBND");
    }

    [Fact]
    public void Extract_DocumentsFullNameWithItsDate_GivesTheDate()
    {
        var x = DocumentExtractor.Extract("Kế hoạch số 77/KH-UBND ngày 12/4/2021 của UBND huyện Krông Pắc về việc triển khai tiêm chủng mở rộng\n"
            + "Thực hiện chỉ đạo của UBND tỉnh, UBND huyện ban hành kế hoạch như sau.\n");

        x.Type.ShouldBe("Kế hoạch");
        x.NumberSymbol.ShouldBe("77/KH-UBND");
        x.Date.ShouldBe(new DateOnly(2021, 4, 12));
    }

    [Theory]
    // "về việc" before "của": the name of a notice about someone's conclusions, not "của" its issuer.
    [InlineData("Thông báo số 45/TB-VPCP về việc kết luận của Phó Thủ tướng tại hội nghị trực tuyến về phòng, chống thiên tai năm 2021 với các địa phương\nCác bộ, ngành thực hiện.\n")]
    // Not the text's first line: a citation in the body.
    [InlineData("Các sở, ngành triển khai thực hiện.\nQuyết định số 1520/QĐ-UBND của UBND tỉnh về việc phê duyệt phương án phòng, chống lụt bão trên địa bàn tỉnh Phú Yên năm 2020\n")]
    // No "về": a headline, not the document's name.
    [InlineData("Chỉ thị số 08/CT-UBND của Chủ tịch UBND tỉnh: tăng cường phòng, chống cháy rừng trong mùa khô năm nay trên toàn tỉnh\nCác huyện thực hiện.\n")]
    public void Extract_FirstLineThatIsNoDocumentsFullName_GivesNoNumber(string text)
    {
        DocumentExtractor.Extract(text).NumberSymbol.ShouldBeNull();
    }

    // A bare "ỦY BAN NHÂN DÂN" dated at a provincial city: the one province the text names, at the provincial level.
    [Theory]
    [InlineData("Tam Kỳ", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nCăn cứ Luật Tổ chức chính quyền địa phương;\n", "Ủy ban nhân dân tỉnh Quảng Nam")]
    [InlineData("Bà Rịa-Vũng Tàu", "Căn cứ Luật Tổ chức chính quyền địa phương;\n", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")]
    // Two provinces named: left bare.
    [InlineData("Tam Kỳ", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nCăn cứ văn bản của UBND tỉnh Quảng Ngãi về tuyến đường giáp ranh;\n", "Ủy ban nhân dân")]
    public void Extract_BareCommitteeAtAProvincialCity_TakesTheTextsProvince(string place, string lines, string issuer)
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/2006/QĐ-UBND | " + place + ", ngày 3 tháng 4 năm 2006 |\n"
            + "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ\n" + lines + "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ.\n");

        x.Issuer.ShouldBe(issuer);
    }

    // A place wrapped inside its name before the date: "Sơn" / "La, ngày …" and a province named by two towns.
    [Theory]
    [InlineData("Bà Rịa - Vũng\nTàu, ngày 08 tháng 01 năm 2023", "Bà Rịa - Vũng Tàu")]
    [InlineData("Phan Rang - Tháp\nChàm, ngày 08 tháng 01 năm 2023", "Phan Rang - Tháp Chàm")]
    public void Extract_PlaceWrappedInsideItsName_IsJoined(string placeLines, string place)
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n"
            + "Số: 08/KH-UBND\n|\n" + placeLines + "\n|\nKẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2023\n");

        x.Place.ShouldBe(place);
        x.Date.ShouldBe(new DateOnly(2023, 1, 8));
    }

    // A signing block set in sentence case: the line opened by its mark and the short position under it are its titles.
    [Theory]
    [InlineData("TM. Ủy ban nhân dân tỉnh\n\nChủ tịch\n\n(Đã ký)\n\nLò Văn Tám\n", "TM. Ủy ban nhân dân tỉnh / Chủ tịch", "Lò Văn Tám")]
    [InlineData("KT. Giám đốc\nPhó Giám đốc\nHà Thị Lan\n", "KT. Giám đốc / Phó Giám đốc", "Hà Thị Lan")]
    [InlineData("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Tám\n", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "Lò Văn Tám")]
    // A signer whose family name holds a position word ("Trương") is the signer, not a title.
    [InlineData("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrương Văn Lực\n", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Trương Văn Lực")]
    public void Extract_SigningBlockInSentenceCase_IsReadAsTitles(string signature, string form, string signer)
    {
        var x = DocumentExtractor.Extract(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 208/UBND-NN | Tây Ninh, ngày 11 tháng 07 năm 2019 |\n"
            + "Kính gửi: Sở Nông nghiệp và Phát triển nông thôn\nSở Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra dịch bệnh.\n\n" + signature);

        x.SigningForm.ShouldBe(form);
        x.Signer.ShouldBe(signer);
    }
}
