namespace KyCuong.Documents.Tests;

/// <summary>
/// Who holds what a letter (công văn) asks (docs/domain.md §5, twenty-seventh pass): made-up letters of ministries, the
/// Government Office, provinces and districts in several wordings, with the letters that ask nothing (for information
/// only, a report upward, a reply that only records a proposal).
/// </summary>
public sealed class LetterAssigneeRuleTests
{
    private static DocumentExtraction Letter(string issuer, string symbol, string place, string addressees, string body) =>
        DocumentExtractor.Extract(issuer + "\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
            + "Số: " + symbol + "\nV/v xử lý đề nghị của địa phương\n\n" + place + ", ngày 14 tháng 6 năm 2023\n\n"
            + "Kính gửi: " + addressees + "\n\n" + body + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Bình\n");

    // The unit asked by "đề nghị" is to write the letter or give the opinion: "có văn bản", "có ý kiến" after it is its
    // duty, not news of a letter it sent.
    [Theory]
    [InlineData("Bộ Tư pháp đề nghị Sở Tư pháp tỉnh Bình Phước có văn bản xin ý kiến Ủy ban nhân dân tỉnh về việc này và gửi về Bộ trước ngày 30/6/2023./.", "Sở Tư pháp tỉnh Bình Phước")]
    [InlineData("Bộ Tư pháp đề nghị Sở Tư pháp tỉnh Bình Phước có ý kiến bằng văn bản gửi Bộ Tư pháp trước ngày 30/6/2023./.", "Sở Tư pháp tỉnh Bình Phước")]
    [InlineData("Về việc này, Bộ Tư pháp yêu cầu Cục Thi hành án dân sự tỉnh Bình Phước có báo cáo đầy đủ gửi Bộ trong tháng 7 năm 2023./.", "Cục Thi hành án dân sự tỉnh Bình Phước")]
    public void UnitAskedToHaveALetterOrAnOpinion_HoldsTheTask(string request, string holder)
    {
        var x = Letter("BỘ TƯ PHÁP", "2217/BTP-TCCB", "Hà Nội", "Sở Tư pháp tỉnh Bình Phước",
            "Bộ Tư pháp nhận được Công văn số 118/STP-VP ngày 2 tháng 6 năm 2023 của Sở Tư pháp tỉnh Bình Phước về việc xin lùi thời gian tổ chức hội thi. Về việc này, Bộ Tư pháp có ý kiến như sau:\n"
            + request);

        x.Tasks.ShouldContain(t => t.AssigneeUnits.Contains(holder));
    }

    [Fact]
    public void DistrictAsksItsOfficeForAnOpinion_TheOfficeHoldsIt()
    {
        var x = Letter("ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC", "905/UBND-TNMT", "Krông Pắc", "Phòng Tài nguyên và Môi trường huyện",
            "Ủy ban nhân dân huyện đề nghị Phòng Tài nguyên và Môi trường huyện có ý kiến về hồ sơ chuyển mục đích sử dụng đất của hộ gia đình ông Y Bơ, báo cáo trước ngày 25/6/2023./.");

        x.Tasks.ShouldContain(t => t.AssigneeUnits.Contains("Phòng Tài nguyên và Môi trường huyện"));
    }

    // A unit that "có văn bản số …" is the author of a letter the body reports: what that letter asked is no request of
    // this one, also after a directing verb.
    [Fact]
    public void UnitThatHadANumberedLetter_AsksNothingOfItsOwn()
    {
        var x = Letter("BỘ TÀI CHÍNH", "6610/BTC-NSNN", "Hà Nội", "Ủy ban nhân dân tỉnh Đắk Nông",
            "Ngày 2 tháng 6 năm 2023, Ủy ban nhân dân tỉnh Đắk Nông có văn bản số 345/UBND-KT đề nghị Bộ Tài chính hỗ trợ kinh phí khắc phục hậu quả mưa lũ.\n"
            + "Bộ Tài chính xin thông báo để Ủy ban nhân dân tỉnh Đắk Nông biết./.");

        x.Tasks.ShouldNotContain(t => t.AssigneeUnits.Contains("Bộ Tài chính"));
    }

    [Fact]
    public void ReportUpwardForInformation_HoldsNoTask()
    {
        var x = Letter("SỞ Y TẾ\nTỈNH HẬU GIANG", "1402/SYT-NVY", "Hậu Giang", "Bộ Y tế",
            "Sở Y tế tỉnh Hậu Giang có văn bản này báo cáo Bộ Y tế tình hình phòng, chống sốt xuất huyết trên địa bàn tỉnh sáu tháng đầu năm 2023 để Bộ Y tế biết./.");

        x.Tasks.ShouldBeEmpty();
    }

    // "Xét đề nghị của: A tại …; của B tại …, Phó Thủ tướng … giao …": the ground lists several proposals, parted by
    // semicolons and long with numbers and dates; the direction after it names its holders.
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void GroundListingProposals_DirectionAfterItNamesItsHolders(int proposals)
    {
        var provinces = (string[])["Cà Mau", "Bạc Liêu", "Sóc Trăng", "Hậu Giang", "Kiên Giang"];
        var grounds = string.Join("; ", provinces.Take(proposals).Select((p, i) =>
            $"của Ủy ban nhân dân tỉnh {p} tại các văn bản: số {40 + i}/TTr-UBND ngày 1{i} tháng 4 năm 2023, số {70 + i}/UBND-KT ngày 2{i} tháng 4 năm 2023"));
        var x = Letter("VĂN PHÒNG CHÍNH PHỦ", "4180/VPCP-KTTH", "Hà Nội", "\n- Các Bộ: Nông nghiệp và Phát triển nông thôn, Tài chính;\n- Ủy ban nhân dân các tỉnh: " + string.Join(", ", provinces.Take(proposals)) + ".",
            "Xét đề nghị " + grounds + " về việc hỗ trợ kinh phí nạo vét kênh mương, Phó Thủ tướng Lê Văn Cường giao các Bộ: Nông nghiệp và Phát triển nông thôn, Tài chính xem xét, xử lý theo thẩm quyền, trả lời địa phương biết.\n"
            + "Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.");

        var t = x.Tasks.ShouldHaveSingleItem();
        t.AssigneeUnits.ShouldContain("Bộ Nông nghiệp và Phát triển nông thôn");
        t.AssigneeUnits.ShouldContain("Bộ Tài chính");
    }

    [Fact]
    public void GroundThenOpinionAnnouncedForInformation_HoldsNoTask()
    {
        var x = Letter("VĂN PHÒNG CHÍNH PHỦ", "4181/VPCP-ĐMDN", "Hà Nội", "Ủy ban nhân dân tỉnh Bến Tre",
            "Xét đề nghị của Ủy ban nhân dân tỉnh Bến Tre tại văn bản số 51/UBND-KT ngày 3 tháng 5 năm 2023; ý kiến của Bộ Kế hoạch và Đầu tư tại văn bản số 3302/BKHĐT-PTDN ngày 20 tháng 5 năm 2023, Thủ tướng Chính phủ đã xem xét.\n"
            + "Văn phòng Chính phủ xin thông báo để Ủy ban nhân dân tỉnh Bến Tre biết./.");

        x.Tasks.ShouldBeEmpty();
    }

    // A news page's headline asks a collective ("các địa phương", "các đơn vị") and its lead, in the same sentence, sends
    // the letter to its addressees: the collective stands for them.
    [Theory]
    [InlineData("Bộ Công Thương yêu cầu các địa phương tăng cường kiểm tra thị trường xăng dầu\n(Báo Mới) - Ngày 3/5, Bộ Công Thương có Công văn số 2210/BCT-TTTN gửi Sở Công Thương các tỉnh, thành phố về việc tăng cường kiểm tra kinh doanh xăng dầu dịp nghỉ lễ.", "Sở Công Thương các tỉnh, thành phố")]
    [InlineData("Bộ Giáo dục và Đào tạo đề nghị các đơn vị rà soát học phí năm học mới\n(Tin tức) - Ngày 12/8, Bộ Giáo dục và Đào tạo có Công văn số 4105/BGDĐT-KHTC gửi các trường đại học, học viện về việc rà soát mức thu học phí.", "các trường đại học, học viện")]
    public void HeadlineCollective_StandsForTheAddresseesOfTheLetterInTheLead(string page, string addressees)
    {
        var t = DocumentExtractor.Extract(page + "\n").Tasks.ShouldHaveSingleItem();

        t.AssigneeUnits.ShouldContain(addressees);
        t.AssigneeUnits.ShouldNotContain(u => u.StartsWith("các địa phương", StringComparison.Ordinal) || u.StartsWith("các đơn vị", StringComparison.Ordinal));
    }

    [Fact]
    public void CollectiveWithoutALetterSentInTheSentence_StaysTheCollective()
    {
        var x = DocumentExtractor.Extract("Bộ Công Thương yêu cầu các địa phương tăng cường kiểm tra thị trường xăng dầu dịp nghỉ lễ. Trước đó, Bộ đã có văn bản báo cáo gửi Thủ tướng Chính phủ về tình hình cung ứng xăng dầu.\n");

        x.Tasks.ShouldContain(t => t.AssigneeUnits.Contains("các địa phương"));
        x.Tasks.ShouldNotContain(t => t.AssigneeUnits.Contains("Thủ tướng Chính phủ"));
    }
}
