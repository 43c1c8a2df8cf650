namespace KyCuong.Documents.Tests;

/// <summary>
/// General rules for finding task clauses and their assignees in real directives (docs/domain.md §5, "The directive
/// verb …"): each test is one rule on a small made-up text shaped like the documents in TestData/corpus.
/// </summary>
public sealed class TaskClauseRuleTests
{
    private const string Header =
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
        + "Số: 15/CT-UBND\nPhú Thọ, ngày 10 tháng 10 năm 2024\nCHỈ THỊ\nVỀ LẬP KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2025\n";

    private const string LetterHeader =
        "VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
        + "Số: 1234/VPCP-CN\nV/v tổ chức lễ thông xe cầu Bình Minh\nHà Nội, ngày 05 tháng 4 năm 2024\nKính gửi: Bộ Giao thông vận tải.\n\n";

    [Fact]
    public void Extract_DirectiveVerbLateInLongFirstSentence_IsFound()
    {
        // Fifty words of grounds before "yêu cầu": the verb is still in the first sentence.
        var x = DocumentExtractor.Extract(Header
            + "Thực hiện Luật Đầu tư công, Luật Ngân sách nhà nước, Nghị định số 40/2020/NĐ-CP ngày 06/4/2020 của Chính phủ quy định chi tiết "
            + "thi hành một số điều của Luật Đầu tư công và hướng dẫn của Bộ Kế hoạch và Đầu tư tại Công văn số 5743/BKHĐT-TH ngày 14/8/2024 "
            + "về việc lập kế hoạch đầu tư công năm 2025, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc Sở Kế hoạch và Đầu tư, "
            + "Chủ tịch Ủy ban nhân dân các huyện, thành phố khẩn trương rà soát danh mục dự án, báo cáo trước ngày 30/10/2024.\n");

        var task = x.Tasks.ShouldHaveSingleItem();
        task.Ref.ShouldBe("p1");
        task.AssigneeUnits.ShouldContain(u => u.Contains("Sở Kế hoạch và Đầu tư", StringComparison.Ordinal));
        task.AssigneeUnits.ShouldContain(u => u.Contains("Ủy ban nhân dân các huyện, thành phố", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GroundsListedWithSemicolons_VerbAfterThemStillDirects()
    {
        var x = DocumentExtractor.Extract(Header
            + "Căn cứ kế hoạch phát triển kinh tế - xã hội của tỉnh; các nghị quyết của Hội đồng nhân dân tỉnh; tình hình thực hiện năm 2024, "
            + "yêu cầu các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố khẩn trương đánh giá kết quả thực hiện.\n");

        x.Tasks.ShouldHaveSingleItem().AssigneeUnits.ShouldContain("các sở, ban, ngành");
    }

    [Fact]
    public void Extract_ReportedProposalOfAnotherDocument_IsNoTask()
    {
        // "về việc đề nghị các tỉnh …" names the subject of the cited letter; it directs no one here.
        var x = DocumentExtractor.Extract(Header
            + "Thực hiện Công văn số 120/BKHĐT-TH ngày 02/10/2024 của Bộ Kế hoạch và Đầu tư về việc đề nghị các tỉnh báo cáo tình hình giải ngân; các số liệu đã tổng hợp.\n");

        x.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public void Extract_CapitalHeadingFollowedBySentenceOnNextLine_StartsAParagraph()
    {
        // Web copies drop the blank line between a heading and its first paragraph.
        var x = DocumentExtractor.Extract(Header
            + "I. ĐÁNH GIÁ\nTÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2024\nYêu cầu các sở, ban, ngành đánh giá tình hình thực hiện kế hoạch năm 2024.\n");

        x.Tasks.ShouldHaveSingleItem().AssigneeUnits.ShouldContain("các sở, ban, ngành");
    }

    [Fact]
    public void Extract_RangeWrappedOntoALineStartingWithDash_IsNotAListItem()
    {
        var x = DocumentExtractor.Extract(Header
            + "Căn cứ kế hoạch đầu tư công trung hạn giai đoạn 2021\n- 2025; tình hình giải ngân năm 2024, yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ.\n");

        x.Tasks.ShouldHaveSingleItem().AssigneeUnits.ShouldContain("các chủ đầu tư");
    }

    [Fact]
    public void Extract_ApprovalThenSubjectSentence_AssignsTheSubject()
    {
        var x = DocumentExtractor.Extract(LetterHeader
            + "Xét đề nghị của Bộ Giao thông vận tải (công văn số 85/BGTVT-KHĐT ngày 01 tháng 4 năm 2024), Phó Thủ tướng có ý kiến như sau:\n\n"
            + "Đồng ý về nguyên tắc đề nghị của Bộ Giao thông vận tải tại công văn nêu trên. Bộ Giao thông vận tải tổ chức lễ thông xe trang trọng, tiết kiệm.\n\n"
            + "Văn phòng Chính phủ xin thông báo để Bộ Giao thông vận tải biết, thực hiện./.\n");

        var task = x.Tasks.ShouldHaveSingleItem();
        task.Ref.ShouldBe("p1");
        task.AssigneeUnits.ShouldBe(["Bộ Giao thông vận tải"]);
    }

    [Fact]
    public void Extract_ApprovalOfAUnitsAction_AssignsThatUnit()
    {
        // "Đồng ý Ủy ban nhân dân tỉnh X lập Đề án …": X does the work, not the addressee of the letter.
        var x = DocumentExtractor.Extract(LetterHeader
            + "1. Đồng ý Ủy ban nhân dân tỉnh Phú Thọ lập Đề án bảo vệ rừng giai đoạn 2025 - 2030.\n"
            + "2. Bộ Nông nghiệp và Phát triển nông thôn chủ trì thẩm định Đề án.\n");

        x.Tasks.First(t => t.Ref == "1").AssigneeUnits.ShouldBe(["Ủy ban nhân dân tỉnh Phú Thọ"]);
        x.Tasks.First(t => t.Ref == "2").AssigneeUnits.ShouldBe(["Bộ Nông nghiệp và Phát triển nông thôn"]);
    }

    [Fact]
    public void Extract_WishAndCourtesy_AreNoTasks()
    {
        var x = DocumentExtractor.Extract(LetterHeader
            + "Thủ tướng Chính phủ mong muốn gửi lời chúc mừng tới cán bộ, công nhân trên công trường.\n\n"
            + "Văn phòng Chính phủ đề nghị Bộ Giao thông vận tải gửi thông tin về thời gian tổ chức lễ.\n\n"
            + "Văn phòng Chính phủ kính mong Bộ phối hợp./.\n");

        var task = x.Tasks.ShouldHaveSingleItem();
        task.AssigneeUnits.ShouldBe(["Bộ Giao thông vận tải"]);
    }

    [Fact]
    public void Extract_NoticeWithLostSpaces_IsNoTask()
    {
        var x = DocumentExtractor.Extract(LetterHeader
            + "Bộ Giao thông vận tải tổ chức lễ thông xe trang trọng, tiết kiệm.\n\n"
            + "Văn phòng Chính phủ xin thôngbáo để Bộ Giao thông vận tải và các cơ quan liên quan biết, thực hiện./.\n");

        x.Tasks.ShouldHaveSingleItem().AssigneeUnits.ShouldBe(["Bộ Giao thông vận tải"]);
    }

    [Fact]
    public void Extract_AnnouncementThatDirectsUnits_IsATaskWhenNoClauseFollows()
    {
        var x = DocumentExtractor.Extract(LetterHeader
            + "Để tăng cường quản lý thu chi, Sở Giáo dục và Đào tạo đề nghị Ủy ban nhân dân các quận, huyện tiếp tục thực hiện các văn bản chỉ đạo trên, cụ thể như sau:\n");

        x.Tasks.ShouldHaveSingleItem().AssigneeUnits.ShouldContain(u => u.Contains("Ủy ban nhân dân các quận, huyện", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AnnouncementWithoutDirective_IsNoTask()
    {
        var x = DocumentExtractor.Extract(LetterHeader
            + "Về đề nghị của Bộ Giao thông vận tải, Phó Thủ tướng có ý kiến như sau:\n\nBộ Giao thông vận tải tổ chức lễ thông xe.\n");

        x.Tasks.ShouldHaveSingleItem().Ref.ShouldBe("p1");
    }

    [Fact]
    public void Extract_SigningCellFollowedByWebPageText_IsTheSigningForm()
    {
        var x = DocumentExtractor.Extract(
            "VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 6238/VPCP-CN | Hà Nội, ngày 16 tháng 06 năm 2024 |\n"
            + "Kính gửi: | - Bộ Giao thông vận tải; |\n"
            + "Yêu cầu Bộ Giao thông vận tải chủ trì, phối hợp với các cơ quan liên quan chỉ đạo việc nâng cấp cảng hàng không theo đúng quy hoạch đã được phê duyệt.\n"
            + "Văn phòng Chính phủ xin thông báo để Bộ Giao thông vận tải và các cơ quan liên quan biết, thực hiện./.\n"
            + "| KT. BỘ TRƯỞNG, CHỦ NHIỆM |\n"
            + "Ý kiến bạn đọc\nBạn cũng có thể dừng bất kỳ lúc nào để gửi kết quả tìm kiếm ngay bằng cách nhấp vào nút micro đang xoay bên dưới\n");

        x.SigningForm.ShouldBe("KT. BỘ TRƯỞNG, CHỦ NHIỆM");
        x.Tasks.ShouldHaveSingleItem().AssigneeUnits.ShouldContain("Bộ Giao thông vận tải");
    }

    // The Government Office's courtesy line after numbered duties closes the letter (docs/domain.md §5): the last duty does
    // not run into it, so its holder is the lead-in's addressee, not the Office that sends the letter.
    [Theory]
    [InlineData("Văn phòng Chính phủ thông báo để các Bộ: Nội vụ, Tư pháp và các cơ quan liên quan biết, thực hiện./.")]
    [InlineData("Văn phòng Chính phủ xin thông báo để Bộ Nội vụ và các cơ quan liên quan biết và thực hiện.")]
    [InlineData("Văn phòng Chính phủ xin thôngbáo để Bộ Nội vụ biết, thực hiện./.")]
    public void Extract_CourtesyNoticeAfterNumberedDuties_EndsTheLastDuty(string notice)
    {
        var x = DocumentExtractor.Extract(
            "VĂN PHÒNG CHÍNH PHỦ\n" + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 911/VPCP-TCCV\nHà Nội, ngày 12 tháng 3 năm 2021\nKính gửi: Bộ Nội vụ; Bộ Tư pháp.\n\n"
            + "Xét đề nghị của Bộ Nội vụ, Phó Thủ tướng Trương Hòa Bình giao Bộ Nội vụ:\n\n"
            + "1. Rà soát quy định về tuyển dụng viên chức ngành văn thư, báo cáo Thủ tướng Chính phủ trong tháng 6 năm 2021.\n\n"
            + "2. Chủ trì, phối hợp với Bộ Tư pháp sửa đổi thông tư hướng dẫn, ban hành trong quý III năm 2021.\n\n"
            + notice + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCCV.\n");

        var second = x.Tasks.Single(t => t.Ref == "2");
        second.Lead.ShouldBe("Bộ Nội vụ");
        second.AssigneeUnits.ShouldContain("Bộ Tư pháp");
        second.AssigneeUnits.ShouldNotContain(u => u.Contains("Văn phòng Chính phủ", StringComparison.Ordinal));
        x.Tasks.Count.ShouldBe(2);
    }

    [Fact]
    public void Extract_ParagraphAfterNumberedDutiesThatDirects_StaysItsOwn()
    {
        // A closing that asks named units something of its own is not a courtesy line: it still reads as a request.
        var x = DocumentExtractor.Extract(
            "VĂN PHÒNG CHÍNH PHỦ\n" + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 912/VPCP-TCCV\nHà Nội, ngày 12 tháng 3 năm 2021\nKính gửi: Bộ Nội vụ.\n\n"
            + "Phó Thủ tướng giao Bộ Nội vụ:\n\n1. Rà soát quy định về tuyển dụng viên chức, báo cáo trong tháng 6 năm 2021.\n\n"
            + "2. Hoàn thiện dự thảo thông tư, ban hành trong quý III năm 2021.\n\n"
            + "Đề nghị Bộ Nội vụ báo cáo kết quả thực hiện trước ngày 30 tháng 9 năm 2021.\n");

        (x.Tasks.Single(t => t.Ref == "2").Text ?? "").ShouldNotContain("trước ngày 30 tháng 9");
    }
}
