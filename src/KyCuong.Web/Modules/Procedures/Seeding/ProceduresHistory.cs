using KyCuong.Web.Modules.Procedures.SaveProcedure;
using KyCuong.Web.Modules.Procedures.SaveSimplificationPlan;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Procedures.Seeding;

/// <summary>
/// The demo's catalogue at Sở Công Thương (docs/domain.md "Procedures: simplification plans and the 766 index"), through the real
/// handlers: on the first demo day its director publishes the procedures its one-stop counter receives (the one-stop history names
/// them by these codes) and two internal procedures, one still a draft; on the fifth day the body's plan to cut and simplify.
/// The codes are the body's local ones, not the national database's.
/// </summary>
internal sealed class ProceduresHistory(SaveProcedureHandler save, SaveSimplificationPlanHandler plans) : IDemoHistoryStep
{
    private const string Director = "giamdoc.sct";

    /// <summary>Code, name, internal, published, time limit in working days, cost of one compliance (đồng), times a year, subjects a year.</summary>
    internal static readonly (string Code, string Name, bool Internal, bool Published, int Limit, long Cost, decimal Times, long Subjects)[] Catalogue =
    [
        ("SCT.001", "Cấp Giấy xác nhận đủ điều kiện cửa hàng bán lẻ LPG chai", false, true, 10, 1_200_000, 1, 40),
        ("SCT.002", "Cấp Giấy phép bán lẻ sản phẩm rượu", false, true, 10, 800_000, 1, 120),
        ("SCT.003", "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", false, true, 20, 2_500_000, 1, 60),
        ("SCT.004", "Cấp Giấy phép kinh doanh bán buôn sản phẩm rượu", false, true, 15, 1_500_000, 1, 20),
        ("SCT.005", "Đăng ký thực hiện khuyến mại", false, true, 7, 300_000, 4, 150),
        ("SCT.006", "Cấp Giấy phép bán lẻ sản phẩm thuốc lá", false, true, 15, 800_000, 1, 80),
        ("SCT.007", "Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu", false, true, 15, 2_000_000, 1, 30),
        ("SCT.008", "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp", false, true, 15, 5_000_000, 1, 8),
        ("SCT.NB01", "Thẩm định kế hoạch xúc tiến thương mại của các huyện, xã", true, true, 10, 900_000, 1, 12),
        ("SCT.NB02", "Cho ý kiến về quy hoạch mạng lưới chợ cấp xã", true, false, 15, 1_200_000, 1, 10),
    ];

    public int Order => 55;

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        if (day.Is(0))
        {
            var sct = await day.UnitAsync(DemoNames.IndustryTrade, ct);
            foreach (var p in Catalogue)
            {
                await day.ActAsync(Director, "công bố thủ tục hành chính", () => save.CreateAsync(new ProcedureRequest(p.Code, p.Name, p.Internal, sct,
                    "Bước 1: nộp hồ sơ tại Bộ phận Một cửa; Bước 2: Sở Công Thương thẩm định; Bước 3: trả kết quả.",
                    "Trực tiếp, qua bưu chính hoặc trực tuyến trên Cổng Dịch vụ công.", "Đơn đề nghị theo mẫu; giấy tờ chứng minh đủ điều kiện.", p.Limit,
                    p.Internal ? "Ủy ban nhân dân cấp xã, các phòng của Sở" : "Tổ chức, cá nhân kinh doanh", DemoNames.IndustryTrade,
                    p.Internal ? "Văn bản thẩm định, góp ý" : "Giấy phép, giấy chứng nhận", "Theo biểu phí của Bộ Tài chính",
                    "Luật Thương mại 2005 và các nghị định hướng dẫn", p.Published ? Domain.ProcedureStatus.Published : Domain.ProcedureStatus.Draft, null,
                    new ComplianceCostRequest(p.Cost, p.Times, p.Subjects)), ct), ct);
            }
        }

        if (day.Is(5))
        {
            var sct = await day.UnitAsync(DemoNames.IndustryTrade, ct);
            await day.ActAsync(Director, "lập kế hoạch đơn giản hóa thủ tục", () => plans.CreateAsync(new SimplificationPlanRequest(sct, day.Date.Year,
                $"Kế hoạch rà soát, đơn giản hóa thủ tục hành chính năm {day.Date.Year}",
                [
                    new SimplificationItemRequest("SCT.005", Domain.SimplificationAction.Simplify, null, 120_000_000),
                    new SimplificationItemRequest("SCT.NB02", Domain.SimplificationAction.Cut, null, null),
                    new SimplificationItemRequest("SCT.003", Domain.SimplificationAction.Simplify, null, 100_000_000),
                ]), ct), ct);
        }
    }
}
