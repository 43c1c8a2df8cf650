using KyCuong.Web.Modules.Documents.DirectDocument;
using KyCuong.Web.Modules.Documents.PresentDocument;
using KyCuong.Web.Modules.Documents.RegisterDocument;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Documents.Seeding;

/// <summary>
/// The demo's past in the register (NĐ 30/2020 art. 22–24): the provincial office's clerk registers each incoming letter the
/// day it arrives and presents it to the leaders; the next working day the Chairman or the Vice-Chairman directs it into a
/// task, whose id the later scenes recall (<see cref="DemoNames"/>). The last letter is still waiting for its direction. Six working
/// days before today the clerk also registers an outgoing letter of the province to Sở Nội vụ, with the next number of the outgoing
/// register, which the exchange scene sends as an edXML envelope (<see cref="DemoNames.ExchangeLetter"/>).
/// </summary>
internal sealed class DocumentHistory(RegisterDocumentHandler register, PresentDocumentHandler present, DirectDocumentHandler direct) : IDemoHistoryStep
{
    private sealed record Letter(
        int Day, string Key, string Issuer, string NumberSymbol, string Type, string Subject, string? Director, string Lead, string[] Coordinating,
        int WorkingDays, string Note);

    private static readonly Letter[] Letters =
    [
        new(0, DemoNames.ReformReport, "Bộ Nội vụ", "5512/BNV-CCHC", "Công văn",
            "Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026", "chutich",
            DemoNames.HomeAffairs, [DemoNames.Justice], 12, "Giao Sở Nội vụ chủ trì, phối hợp Sở Tư pháp tổng hợp, tham mưu báo cáo đúng hạn."),
        new(4, DemoNames.MarketPetition, "Hiệp hội Doanh nghiệp tỉnh An Giang", "18/HHDN", "Công văn",
            "Phản ánh tình trạng kinh doanh hàng giả, hàng kém chất lượng tại các chợ đầu mối trên địa bàn tỉnh", "chutich",
            DemoNames.HomeAffairs, [], 10, "Giao Sở Nội vụ kiểm tra, xử lý theo thẩm quyền, báo cáo kết quả."),
        new(8, DemoNames.StaffingReview, "Bộ Nội vụ", "6120/BNV-TCBC", "Công văn",
            "Rà soát, báo cáo số lượng biên chế công chức được giao năm 2026 sau sắp xếp tổ chức bộ máy", "chutich",
            DemoNames.HomeAffairs, [], 15, "Giao Sở Nội vụ rà soát, tổng hợp, báo cáo UBND tỉnh."),
        new(14, DemoNames.TetMarket, "Bộ Công Thương", "812/BCT-TTTN", "Công văn",
            "Bảo đảm cân đối cung cầu, bình ổn thị trường hàng hóa dịp Tết Nguyên đán Bính Ngọ 2026", "phochutich",
            DemoNames.IndustryTrade, [], 8, "Giao Sở Công Thương chủ trì triển khai, báo cáo kết quả trước Tết."),
        new(20, DemoNames.LegalReview, "Bộ Tư pháp", "4087/BTP-KTrVB", "Công văn",
            "Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành sau sắp xếp đơn vị hành chính", "phochutich",
            DemoNames.Justice, [DemoNames.HomeAffairs], 12, "Giao Sở Tư pháp chủ trì rà soát; Sở Nội vụ phối hợp."),
        new(22, DemoNames.DigitalPlan, "Bộ Khoa học và Công nghệ", "1375/BKHCN-CĐSQG", "Công văn",
            "Xây dựng kế hoạch chuyển đổi số trong cơ quan hành chính nhà nước năm 2026", "chutich",
            DemoNames.HomeAffairs, [DemoNames.IndustryTrade], 8, "Giao Sở Nội vụ chủ trì xây dựng kế hoạch, trình UBND tỉnh."),
        new(29, "document:awaiting-direction", "Văn phòng Chính phủ", "9034/VPCP-KSTT", "Công văn",
            "Đẩy mạnh thực hiện thủ tục hành chính trên môi trường điện tử, giảm giấy tờ công dân", null,
            DemoNames.HomeAffairs, [], 10, ""),
    ];

    public int Order => 10;

    /// <summary>The subject of the outgoing letter the exchange scene sends.</summary>
    public const string ExchangeSubject = "V/v báo cáo tình hình tiếp nhận, xử lý văn bản điện tử qua Trục liên thông văn bản quốc gia năm 2025";

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        if (day.Is(day.Count - 6))
        {
            var office = await day.UnitAsync(DemoNames.ProvincialOffice, ct);
            var province = await day.UnitAsync(DemoNames.Province, ct);
            await day.ActAsync("vanthu", "vào sổ văn bản đi gửi liên thông", async () =>
            {
                // NĐ 30/2020 art. 15: the number is the outgoing register's next one; the symbol is the issuer's and its drafting unit's.
                var issued = await register.HandleAsync(new RegisterDocumentRequest(
                    "outgoing", DemoNames.Province, "UBND-KSTT", day.Date, "Công văn", ExchangeSubject, null,
                    IssuerUnitId: province, RegisteringUnitId: office, Place: "An Giang", Signer: "Trần Thị Bình", SigningForm: "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH",
                    Recipients: [DemoNames.HomeAffairs]), ct);
                day.Remember(DemoNames.ExchangeLetter, issued.Id);
            }, ct);
        }

        foreach (var letter in Letters.Where(l => day.Is(l.Day)))
        {
            var office = await day.UnitAsync(DemoNames.ProvincialOffice, ct);
            await day.ActAsync("vanthu", $"vào sổ văn bản đến {letter.NumberSymbol}", async () =>
            {
                var registered = await register.HandleAsync(new RegisterDocumentRequest(
                    "incoming", letter.Issuer, letter.NumberSymbol, day.Date.AddDays(-2), letter.Type, letter.Subject, null,
                    RegisteringUnitId: office, ReceivedOn: day.Date, HandledBy: "Văn phòng UBND tỉnh"), ct);
                day.Remember("document:" + letter.Key, registered.Id);
                await present.HandleAsync(registered.Id, ct);
            }, ct);
        }

        foreach (var letter in Letters.Where(l => l.Director is not null && day.Is(l.Day + 1)))
        {
            if (day.Recall("document:" + letter.Key) is not { } documentId)
            {
                continue;
            }

            var lead = await day.UnitAsync(letter.Lead, ct);
            var coordinating = new List<Guid>();
            foreach (var c in letter.Coordinating)
            {
                coordinating.Add(await day.UnitAsync(c, ct));
            }

            await day.ActAsync(letter.Director!, $"cho ý kiến chỉ đạo văn bản {letter.NumberSymbol}", async () =>
            {
                var directed = await direct.HandleAsync(documentId, new DirectDocumentRequest(lead, coordinating, null, letter.WorkingDays, false, Note: letter.Note), ct);
                if (directed.Tasks.Count > 0)
                {
                    day.Remember(letter.Key, directed.Tasks[0].Id);
                }
            }, ct);
        }
    }
}
