namespace KyCuong.Documents.Tests;

/// <summary>General rules on documents unlike the seeds: a layout (pdftotext -layout) Quyết định with articles.</summary>
public sealed class ExtractorRuleTests
{
    private static readonly DocumentExtraction LayoutDecision =
        DocumentExtractor.Extract(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "quyet-dinh-layout.txt")));

    [Fact]
    public void Extract_LayoutColumns_ReadsHeaderBesideMottoAndDate()
    {
        LayoutDecision.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Kiên Giang");
        LayoutDecision.NumberSymbol.ShouldBe("1234/QĐ-UBND");
        LayoutDecision.Type.ShouldBe("Quyết định");
        LayoutDecision.Place.ShouldBe("Kiên Giang");
        LayoutDecision.Date.ShouldBe(new DateOnly(2024, 3, 5));
        LayoutDecision.Subject.ShouldBe("giao nhiệm vụ rà soát thủ tục hành chính nội bộ năm 2024");
    }

    [Fact]
    public void Extract_AccentVariantUrgencyAndSecrecy_AreCanonical()
    {
        LayoutDecision.Urgency.ShouldBe("Hỏa tốc");
        LayoutDecision.Secrecy.ShouldBe("Mật");
    }

    [Fact]
    public void Extract_SignatureBesideNoiNhan_ReadsBothColumns()
    {
        LayoutDecision.SigningForm.ShouldBe("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        LayoutDecision.Signer.ShouldBe("Nguyễn Văn An");
        LayoutDecision.Distribution.ShouldBe(["Như Điều 3", "Lưu: VT"]);
    }

    [Fact]
    public void Extract_LawAndDecreeCitations_NormaliseAndDate()
    {
        LayoutDecision.CitedDocuments.Select(c => (c.Type, c.NumberSymbol, c.Date, c.AsWritten)).ShouldBe(
        [
            ("Luật", "77/2015/QH13", new DateOnly(2015, 6, 19), null),
            ("Nghị định", "30/2020/NĐ-CP", new DateOnly(2020, 3, 5), "30/2020/ND-CP"),
        ]);
    }

    [Fact]
    public void Extract_Articles_GiaoChuTriPhoiHopIsLeadAndCoordinators()
    {
        var task = LayoutDecision.Tasks.Single(t => t.Ref == "Điều 1");

        task.Lead.ShouldBe("Sở Nội vụ");
        task.CoordinatingUnits.ShouldBe(["Sở Tài chính", "Sở Tư pháp"]);
        task.AssigneeUnits.ShouldBe(["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp"]);
        task.Deadline.ShouldBe(new DateOnly(2024, 6, 30));
    }

    [Fact]
    public void Extract_PeriodicReport_ReadsPeriodAndAddressee()
    {
        var task = LayoutDecision.Tasks.Single(t => t.Ref == "Điều 2");

        task.RecurringReport.ShouldBe("định kỳ hằng quý");
        task.ReportTo.ShouldBe("Chủ tịch Ủy ban nhân dân tỉnh");
    }

    [Fact]
    public void Extract_DepartmentList_IsExpandedAndRelativeDeadlineKept()
    {
        var task = LayoutDecision.Tasks.Single(t => t.Ref == "Điều 3");

        task.AssigneeUnits.ShouldBe(
        [
            "Chánh Văn phòng Ủy ban nhân dân tỉnh",
            "Giám đốc Sở Nội vụ",
            "Giám đốc Sở Tài chính",
            "Giám đốc Sở Kế hoạch và Đầu tư",
            "Thủ trưởng các cơ quan, đơn vị có liên quan",
        ]);
        task.Deadline.ShouldBeNull();
        task.DeadlineDays.ShouldBe(5);
        task.DeadlineWorkingDays.ShouldBe(true);
    }

    [Fact]
    public void Extract_Sources_PointAtTheFieldsInTheText()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "quyet-dinh-layout.txt"));
        var span = LayoutDecision.Sources["numberSymbol"];

        text.Substring(span.Start, span.Length).ShouldBe("1234/QĐ-UBND");
        var signer = LayoutDecision.Sources["signer"];
        text.Substring(signer.Start, signer.Length).ShouldBe("Nguyễn Văn An");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("hello world")]
    [InlineData("%PDF-1.4 binary \u0000\u0001\u0002")]
    public void Extract_UnreadableText_GivesNulls(string text)
    {
        var e = DocumentExtractor.Extract(text);

        e.NumberSymbol.ShouldBeNull();
        e.Date.ShouldBeNull();
        e.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public void Serialize_Extraction_UsesContractFieldNamesAndIsoDates()
    {
        var json = ExtractionJson.Serialize(DocumentExtractor.Extract(Seeds.Text("000")));

        json.ShouldContain("\"numberSymbol\": \"919/UBND-NC\"");
        json.ShouldContain("\"date\": \"2023-05-16\"");
        json.ShouldContain("\"urgency\": \"Hỏa tốc\"");
        json.ShouldContain("\"attachedDocuments\": []");
        ExtractionJson.Deserialize(json)!.NumberSymbol.ShouldBe("919/UBND-NC");
    }

    [Fact]
    public void Extract_IssuerLineUnderTheType_IsNotTheSubject()
    {
        var x = DocumentExtractor.Extract("THỦ TƯỚNG CHÍNH PHỦ\nSố: 85/TTg\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Hà Nội, ngày 6 tháng 4 năm 1995\n\nQUYẾT ĐỊNH\n\nCỦA THỦ TƯỚNG CHÍNH PHỦ\n\nVề việc thành lập Ban điều phối dự án\n\nTHỦ TƯỚNG CHÍNH PHỦ\n"
            + "Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Ban điều phối dự án.\n");

        x.Type.ShouldBe("Quyết định");
        x.Subject.ShouldBe("thành lập Ban điều phối dự án");
    }

    [Fact]
    public void Extract_ReproducedOpinionWithItsSourceNote_TakesTheDocumentFromTheNote()
    {
        var x = DocumentExtractor.Extract("THÔNG TIN Ý KIẾN\nNội dung kiến nghị: đề nghị hỗ trợ thủ tục đầu tư.\nUBND tỉnh có ý kiến như sau:\n"
            + "Giao Sở Kế hoạch và Đầu tư hướng dẫn doanh nghiệp hoàn thiện hồ sơ theo quy định./.\n(Theo Công văn số 4120/UBND-KT, ngày 12/9/2024)\n");

        x.Type.ShouldBe("Công văn");
        x.NumberSymbol.ShouldBe("4120/UBND-KT");
        x.Date.ShouldBe(new DateOnly(2024, 9, 12));
        x.CitedDocuments.ShouldNotContain(c => c.NumberSymbol == "4120/UBND-KT");
        x.Tasks.ShouldContain(t => t.Lead == "Sở Kế hoạch và Đầu tư");
    }

    [Fact]
    public void Extract_SourceNoteInsideTheText_IsACitationNotTheDocument()
    {
        var x = DocumentExtractor.Extract("UBND tỉnh có ý kiến như sau:\n(Theo Công văn số 4120/UBND-KT, ngày 12/9/2024) Sở Y tế báo cáo kết quả.\n"
            + "Giao Sở Y tế kiểm tra các cơ sở khám bệnh trước ngày 30/9/2024.\n");

        x.NumberSymbol.ShouldBeNull();
        x.CitedDocuments.ShouldContain(c => c.NumberSymbol == "4120/UBND-KT");
    }

    [Fact]
    public void Extract_TextOpeningWithKinhGui_IsALetter()
    {
        var x = DocumentExtractor.Extract("Kính gửi:\n- Hiệu trưởng các trường Tiểu học,\n- Thủ trưởng các đơn vị trực thuộc.\n"
            + "Đề nghị Hiệu trưởng các trường rà soát việc thu quỹ, báo cáo trước ngày 24/3/2024.\n");

        x.Type.ShouldBe("Công văn");
        x.Tasks.ShouldHaveSingleItem().AssigneeUnits.ShouldContain(u => u.StartsWith("Hiệu trưởng các trường", StringComparison.Ordinal));
    }

    [Fact]
    public void Citation_AmpersandAfterASpaceInsideTheSymbol_KeepsTheRestOfIt()
    {
        var x = DocumentExtractor.Extract("Căn cứ Thông tư liên tịch số 07/2009/TTLT-BLĐTB &XH-BTC-BYT ngày 10/3/2009 của liên Bộ;\n");

        x.CitedDocuments.ShouldContain(c => c.NumberSymbol == "07/2009/TTLT-BLĐTB&XH-BTC-BYT");
    }

    [Fact]
    public void Citation_WrappedAfterItsHyphen_IsOneSymbol()
    {
        var x = DocumentExtractor.Extract("Xét đề nghị của Sở Nông nghiệp tại Tờ trình số 215/TTr -\nNN&PTNT ngày 21/5/2020 và của Sở Tài chính,\n");

        x.CitedDocuments.ShouldContain(c => c.NumberSymbol == "215/TTr-NN&PTNT");
        x.CitedDocuments.ShouldNotContain(c => c.NumberSymbol == "215/TTr");
    }

    [Fact]
    public void Citation_NumberOnTheLineAfterCongVanSo_IsCited()
    {
        var x = DocumentExtractor.Extract("Căn cứ Công văn số\n318/LĐTBXH-BTXH ngày 03/3/2021 của Bộ Lao động - Thương binh và Xã hội;\n");

        x.CitedDocuments.ShouldContain(c => c.NumberSymbol == "318/LĐTBXH-BTXH");
    }

    [Fact]
    public void Citation_ListItemOnTheNextLine_IsNoPartOfTheSymbol()
    {
        var x = DocumentExtractor.Extract("Thực hiện Công văn số 12/UBND-VX ngày 2/3/2024\n- Sở Y tế chủ trì thực hiện.\n");

        x.CitedDocuments.ShouldContain(c => c.NumberSymbol == "12/UBND-VX");
    }

    // Tenth pass: a resolution of a series ("30c/NQCP", its hyphen lost in copying) and a symbol whose hyphen before the
    // issuer was typed as a dot ("136/2001/QĐ.TTg") are cited whole; a sentence's full stop after a symbol is no part of it.
    [Theory]
    [InlineData("Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ;", "30c/NQ-CP")]
    [InlineData("Thực hiện Nghị quyết số 12b/NQ-CP ngày 5/3/2020 của Chính phủ về phòng, chống dịch;", "12b/NQ-CP")]
    [InlineData("Căn cứ Quyết định số 136/2001/QĐ.TTg ngày 17 tháng 9 năm 2001 của Thủ tướng Chính phủ;", "136/2001/QĐ-TTg")]
    [InlineData("Căn cứ Nghị quyết số 63/2011/NQ.HĐND ngày 9/12/2011 của Hội đồng nhân dân tỉnh;", "63/2011/NQ-HĐND")]
    [InlineData("Thực hiện Công văn số 45/UBND-VX. Sở Y tế báo cáo kết quả trước ngày 20/5/2024.", "45/UBND-VX")]
    public void Citation_SeriesLetterAndDotBeforeTheIssuer_AreRead(string line, string symbol)
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 100/QĐ-UBND\nAn Giang, ngày 10 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc thử\n" + line + "\n");

        x.CitedDocuments.Select(c => c.NumberSymbol).ShouldContain(symbol);
    }

    // Tenth pass: the numbered clauses of an article titled for its duties are tasks of their own; the numbered
    // contents of an article that approves something are not.
    [Theory]
    [InlineData("Điều 6. Trách nhiệm thực hiện\n1. Bộ Công Thương giao Cục Xúc tiến thương mại chủ trì hướng dẫn thực hiện Thông tư này.\n2. Sở Công Thương các tỉnh kiểm tra việc thực hiện trên địa bàn.\n", "Cục Xúc tiến thương mại", "Sở Công Thương các tỉnh")]
    [InlineData("Điều 12. Tổ chức thực hiện\n1. Sở Tài chính có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy định này.\n2. Kho bạc Nhà nước tỉnh và Cục Thuế tỉnh phối hợp thực hiện.\n", "Sở Tài chính", "Kho bạc Nhà nước tỉnh")]
    [InlineData("Điều 3. Trách nhiệm thi hành\n1. Ủy ban nhân dân các huyện tổ chức thực hiện Nghị quyết này.\n2. Ban Dân tộc tỉnh giám sát việc thực hiện.\n", "Ủy ban nhân dân các huyện", "Ban Dân tộc tỉnh")]
    public void Article_TitledForDuties_NumberedClausesAreTasks(string article, string first, string second)
    {
        var x = DocumentExtractor.Extract(article);

        x.Tasks.ShouldContain(t => t.Ref == "1" && t.AssigneeUnits.Any(u => u.StartsWith(first, StringComparison.Ordinal)));
        x.Tasks.ShouldContain(t => t.Ref == "2" && t.AssigneeUnits.Any(u => u.StartsWith(second, StringComparison.Ordinal)));
    }

    [Fact]
    public void Article_ApprovingContents_NumberedContentsAreNoTasks()
    {
        var x = DocumentExtractor.Extract("Điều 1. Phê duyệt Đề án phát triển du lịch tỉnh với những nội dung sau:\n1. Mục tiêu: phát triển du lịch bền vững.\n2. Giải pháp: đầu tư hạ tầng.\nĐiều 2. Sở Văn hóa, Thể thao và Du lịch chịu trách nhiệm tổ chức thực hiện.\n");

        // (A "2." right after "Điều 1." still continues the articles' numbering, as before this rule; only the duties
        // article's own clauses are in question here.)
        x.Tasks.ShouldNotContain(t => t.Ref == "1");
        x.Tasks.ShouldContain(t => t.Ref == "Điều 2");
    }

    // Eleventh pass: numbers listed before one symbol after "số" share it ("các công văn số 614, 615, 616-CV/VPTW").
    [Theory]
    [InlineData("Thực hiện các công văn số 614, 615, 616-CV/VPTW ngày 21/5/2020 của Văn phòng Trung ương Đảng.", "614-CV/VPTW", "615-CV/VPTW", "616-CV/VPTW")]
    [InlineData("Căn cứ Thông tư số 12, 13/2024/TT-BTC của Bộ Tài chính, Sở Tài chính hướng dẫn như sau.", "12/2024/TT-BTC", "13/2024/TT-BTC", null)]
    [InlineData("Theo các Quyết định số 101 và 102/QĐ-UBND ngày 5/3/2024, UBND huyện giao Phòng Nội vụ rà soát.", "101/QĐ-UBND", "102/QĐ-UBND", null)]
    public void NumbersListedBeforeOneSymbol_ShareIt(string text, string first, string second, string? third)
    {
        var cited = DocumentExtractor.Extract(text + "\n").CitedDocuments.Select(c => c.NumberSymbol).ToList();

        cited.ShouldContain(first);
        cited.ShouldContain(second);
        if (third is not null)
        {
            cited.ShouldContain(third);
        }
    }

    [Theory]
    [InlineData("Trong năm 2020, 2021 và theo Kế hoạch số 45/KH-UBND, các xã báo cáo kết quả.")]
    [InlineData("Có 12, 15 hộ dân vi phạm theo Quyết định số 7/QĐ-UBND.")]
    public void NumbersNotOpenedBySo_AreNoCitations(string text)
    {
        DocumentExtractor.Extract(text + "\n").CitedDocuments.Select(c => c.NumberSymbol).ShouldBe(text.Contains("45/", StringComparison.Ordinal) ? ["45/KH-UBND"] : ["7/QĐ-UBND"]);
    }

    // The separator after the number lost to a space: "số 115 CĐ-TTg" reads 115/CĐ-TTg, the Party's "số 84 QĐ/TWĐTN"
    // reads 84-QĐ/TWĐTN (the type abbreviation tells which).
    [Theory]
    [InlineData("Thực hiện Công điện số 115 CĐ-TTg ngày 23/1/2015 của Thủ tướng Chính phủ.", "115/CĐ-TTg")]
    [InlineData("Căn cứ Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn.", "84-QĐ/TWĐTN")]
    [InlineData("Theo Kế hoạch số 25 KH-UBND ngày 3/4/2024, các xã báo cáo.", "25/KH-UBND")]
    [InlineData("Quán triệt Chỉ thị số 05 CT/TU của Ban Thường vụ Tỉnh ủy.", "05-CT/TU")]
    public void NumberAndSymbolSeparatedBySpace_AfterSo_IsReadWhole(string text, string symbol)
    {
        DocumentExtractor.Extract(text + "\n").CitedDocuments.ShouldContain(c => c.NumberSymbol == symbol);
    }

    // A news lead's subject ends with its sentence; what follows retells the content.
    [Theory]
    [InlineData("UBND tỉnh vừa ban hành Công điện số 02/CĐ-UBND ngày 13/3/2019, về việc thực hiện các biện pháp cấp bách phòng, chống dịch. Nội dung Công điện nêu rõ: tình hình còn phức tạp.", "thực hiện các biện pháp cấp bách phòng, chống dịch")]
    [InlineData("Bộ Y tế vừa có Công văn số 55/BYT-KCB ngày 2/1/2024 về việc bảo đảm công tác khám chữa bệnh dịp Tết. Theo đó, các bệnh viện bố trí trực.", "bảo đảm công tác khám chữa bệnh dịp Tết")]
    [InlineData("Thủ tướng Chính phủ vừa ký Công điện số 10/CĐ-TTg ngày 5/2/2024 về việc ứng phó rét đậm. Các địa phương chủ động phòng tránh.", "ứng phó rét đậm")]
    public void NewsLead_SubjectEndsWithItsSentence(string text, string subject)
    {
        DocumentExtractor.Extract(text + "\n").Subject.ShouldBe(subject);
    }

    // The gazette's title under the type line ("CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ … NGÀY … VỀ VIỆC …") repeats the issuer, number
    // and date; the subject is what follows the date.
    [Theory]
    [InlineData("THỦ TƯỚNG CHÍNH PHỦ\nSố: 60/2002/QĐ-TTg\nHà Nội, ngày 15 tháng 5 năm 2002\nQUYẾT ĐỊNH\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 60/2002/QĐ-TTG NGÀY 15 THÁNG 5 NĂM 2002 VỀ VIỆC PHÊ DUYỆT QUY HOẠCH TỔNG THỂ\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n", "PHÊ DUYỆT QUY HOẠCH TỔNG THỂ")]
    [InlineData("CHÍNH PHỦ\nSố: 58/2003/NĐ-CP\nHà Nội, ngày 29 tháng 5 năm 2003\nNGHỊ ĐỊNH\nCỦA CHÍNH PHỦ SỐ 58/2003/NĐ-CP NGÀY 29 THÁNG 5 NĂM 2003 QUY ĐỊNH VỀ KIỂM SOÁT TIỀN CHẤT\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n", "QUY ĐỊNH VỀ KIỂM SOÁT TIỀN CHẤT")]
    [InlineData("BỘ Y TẾ\nSố: 12/2005/QĐ-BYT\nHà Nội, ngày 3 tháng 4 năm 2005\nQUYẾT ĐỊNH\nCỦA BỘ TRƯỞNG BỘ Y TẾ SỐ 12/2005/QĐ-BYT NGÀY 3 THÁNG 4 NĂM 2005 VỀ VIỆC BAN HÀNH QUY CHẾ BỆNH VIỆN\nBỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Nghị định số 49/2003/NĐ-CP;\n", "BAN HÀNH QUY CHẾ BỆNH VIỆN")]
    public void GazetteTitleUnderTheTypeLine_TheSubjectFollowsItsDate(string text, string subject)
    {
        var read = DocumentExtractor.Extract(text).Subject!;

        (read == subject || read == "VỀ VIỆC " + subject).ShouldBeTrue(read);
    }

    // A people's council cut to its bare name in the header's block sits where the place line says, as a people's
    // committee does: "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA …" with "Hòa Bình, ngày …" is the province's council.
    [Theory]
    [InlineData("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 54/2017/NQ-HĐND | Hòa Bình, ngày 13 tháng 7 năm 2017 |", "Hội đồng nhân dân tỉnh Hòa Bình")]
    [InlineData("HỘI ĐỒNG NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/2020/NQ-HĐND\nCần Thơ, ngày 4 tháng 12 năm 2020", "Hội đồng nhân dân thành phố Cần Thơ")]
    [InlineData("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 680/QĐ-UBND | Vĩnh Long, ngày 28 tháng 7 năm 2025 |", "Ủy ban nhân dân tỉnh Vĩnh Long")]
    public void BareCouncilOrCommittee_TakesThePlaceLinesProvince(string header, string issuer)
    {
        DocumentExtractor.Extract(header + "\nNGHỊ QUYẾT\nVỀ VIỆC BAN HÀNH QUY ĐỊNH MỨC CHI\nCăn cứ Luật Tổ chức chính quyền địa phương;\n").Issuer.ShouldBe(issuer);
    }

    // A copy that joined the header's lines keeps the rule under the issuer between the issuer and the number, and the one
    // under the motto before the place and date: a run of dashes parts them as a column gap does.
    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH BẮC NINH ------------- Số: 15/2019/QĐ-UBND | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------------- Bắc Ninh, ngày 05 tháng 9 năm 2019 |", "15/2019/QĐ-UBND", "Bắc Ninh", "Ủy ban nhân dân tỉnh Bắc Ninh")]
    [InlineData("UBND TỈNH SƠN LA -------- Số: 120/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSơn La, ngày 3 tháng 2 năm 2021", "120/QĐ-UBND", "Sơn La", "Ủy ban nhân dân tỉnh Sơn La")]
    [InlineData("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ ------ Số: 45/QĐ-UBND | Độc lập - Tự do - Hạnh phúc ------ Cần Thơ, ngày 9 tháng 3 năm 2022 |", "45/QĐ-UBND", "Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ")]
    public void DashRunsInAJoinedHeaderLine_PartItsFields(string header, string numberSymbol, string place, string issuer)
    {
        var x = DocumentExtractor.Extract(header + "\nQUYẾT ĐỊNH\nVề việc ban hành quy chế làm việc\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
        x.NumberSymbol.ShouldBe(numberSymbol);
        x.Place.ShouldBe(place);
        x.Issuer.ShouldBe(issuer);
        x.CitedDocuments.ShouldNotContain(c => c.NumberSymbol == numberSymbol);
    }

    // A news page may open with a summary of the direction before the lead that names the document: the lead still gives
    // the header, the leader named after the title before "vừa ký" signed it, and a lead that directs units is the
    // direction's first paragraph too.
    [Theory]
    [InlineData(" date 2025-11-06 Thủ tướng yêu cầu chủ động ứng phó với bão ở mức cao nhất.\n\nThủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 210/CĐ-TTg ngày 6/11/2025 chỉ đạo các bộ, ngành, địa phương tập trung ứng phó bão số 13.", "210/CĐ-TTg", "Phạm Minh Chính", "các bộ, ngành, địa phương")]
    [InlineData("Các địa phương phải bảo đảm an toàn cho người dân vùng lũ.\n\n(TTXVN) - Phó Thủ tướng Trần Hồng Hà vừa ký Công điện số 95/CĐ-TTg ngày 12/9/2024 yêu cầu Chủ tịch UBND các tỉnh miền núi phía Bắc khẩn trương sơ tán dân khỏi vùng nguy hiểm.", "95/CĐ-TTg", "Trần Hồng Hà", "Chủ tịch UBND các tỉnh miền núi phía Bắc")]
    [InlineData("Bộ trưởng Bộ Y tế Đào Hồng Lan vừa ký Công văn số 3021/BYT-DP ngày 5/6/2024 đề nghị Sở Y tế các tỉnh tăng cường giám sát dịch bệnh.", "3021/BYT-DP", "Đào Hồng Lan", "Sở Y tế các tỉnh")]
    public void NewsLead_AfterASummary_GivesTheHeaderSignerAndFirstDirection(string page, string numberSymbol, string signer, string unit)
    {
        var x = DocumentExtractor.Extract(page + "\n\nCác đơn vị báo cáo kết quả trước ngày 30.\n");
        x.NumberSymbol.ShouldBe(numberSymbol);
        x.Signer.ShouldBe(signer);
        x.Tasks.ShouldContain(t => t.AssigneeUnits.Contains(unit));
    }

    [Theory]
    [InlineData("UBND tỉnh Quảng Nam vừa ký Công văn số 12/UBND-KT ngày 3/3/2024 về việc phòng chống hạn hán.")]
    [InlineData("Bộ Công Thương vừa ký Công văn số 45/BCT-TTTN ngày 9/1/2024 về việc bảo đảm cung ứng xăng dầu.")]
    public void NewsLead_NoPersonBeforeVuaKy_NoSigner(string lead)
    {
        DocumentExtractor.Extract(lead + "\n").Signer.ShouldBeNull();
    }

    // A web page's own dateline is no place-and-date line: the place is a capitalised name, never a weekday, a time of day,
    // a lower-case phrase or a document's type.
    [Theory]
    [InlineData("Thứ hai, ngày 01/06/2020 09:15")]
    [InlineData("Sáng ngày 15/9/2021, UBND huyện tổ chức hội nghị lấy ý kiến.")]
    [InlineData("thông báo cấp cảnh báo cháy rừng ngày 29/7/2022")]
    [InlineData("Thông báo Khẩn ngày 03/3/2020")]
    public void WebDateline_IsNoPlaceAndDate(string line)
    {
        var x = DocumentExtractor.Extract("Tin tức địa phương\n" + line + "\nCác đơn vị tiếp tục theo dõi tình hình.\n");
        x.Place.ShouldBeNull();
        x.Date.ShouldBeNull();
    }

    [Fact]
    public void PlaceAndDateLine_StillRead()
    {
        var x = DocumentExtractor.Extract("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 12/UBND-KT\nLạng Sơn, ngày 5 tháng 3 năm 2024\nV/v phòng chống cháy rừng\n");
        x.Place.ShouldBe("Lạng Sơn");
        x.Date.ShouldBe(new DateOnly(2024, 3, 5));
    }

    // A law site lists the documents a text rests on above its header ("- 1Chỉ thị 15/CT-TTg năm 2020 về …"): the
    // list is kept when the page's leftovers are blanked, so its documents are cited; other web text is not.
    [Theory]
    [InlineData("- 1Chỉ thị 21/CT-TTg năm 2022 về tăng cường phòng cháy\n- 2Quyết định 455/QĐ-BCA năm 2021 về kiểm tra\n", "21/CT-TTg", "455/QĐ-BCA")]
    [InlineData("- Nghị định 136/2020/NĐ-CP quy định chi tiết Luật Phòng cháy\n- Thông tư 149/2020/TT-BCA hướng dẫn\n", "136/2020/NĐ-CP", "149/2020/TT-BCA")]
    [InlineData("Văn bản liên quan\n- 3Kế hoạch 77/KH-UBND năm 2023 về diễn tập\n- 4Công văn 1203/UBND-NC năm 2023 về trực ban\n", "77/KH-UBND", "1203/UBND-NC")]
    public void RelatedDocumentsListedAboveTheHeader_AreCited(string list, string first, string second)
    {
        var text = "Hệ thống pháp luật\n" + list + "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 09/CT-UBND | Gia Lai, ngày 3 tháng 6 năm 2024 |\nChỉ thị về phòng cháy.\n";
        var cited = DocumentExtractor.Extract(text).CitedDocuments.Select(c => c.NumberSymbol).ToList();
        cited.ShouldContain(first);
        cited.ShouldContain(second);
    }
}
