using KyCuong.Web.Modules.OneStop.Apology;
using KyCuong.Web.Modules.OneStop.HandOff;
using KyCuong.Web.Modules.OneStop.ReceiveDossier;
using KyCuong.Web.Modules.OneStop.ReturnResult;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.OneStop.Seeding;

/// <summary>
/// The demo's past at Sở Công Thương's one-stop counter (docs/domain.md "One-stop dossiers"), through the real handlers: dossiers
/// received over the weeks, some handed to the trade division, most returned on time, two returned late after a form-04 letter,
/// two still overdue today and two still in time. The demo days are consecutive working days, so a time limit of N working days
/// falls N demo days after receipt.
/// </summary>
internal sealed class OneStopHistory(ReceiveDossierHandler receive, HandOffHandler handOff, ReturnResultHandler result, RecordApologyHandler apology)
    : IDemoHistoryStep
{
    private const string Director = "giamdoc.sct";
    private const string Division = "Phòng Quản lý thương mại";

    /// <summary>Received on day, time limit, procedure (its code in the demo catalogue, Procedures/Seeding), applicant; then what happens on which day after receipt.</summary>
    private sealed record Plan(int Day, int Limit, string ProcedureCode, string Procedure, string Applicant, int? HandOffAfter, int? BackAfter, int? ApologyAfter, int? ReturnAfter);

    private static readonly Plan[] Plans =
    [
        new(2, 5, "SCT.001", "Cấp Giấy xác nhận đủ điều kiện cửa hàng bán lẻ LPG chai", "Công ty TNHH Gas Phú Tân", 1, null, null, 4),
        new(4, 3, "SCT.002", "Cấp Giấy phép bán lẻ sản phẩm rượu", "Hộ kinh doanh Nguyễn Thị Lài", 0, null, 3, 5),
        new(6, 10, "SCT.003", "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Công ty Cổ phần Thực phẩm Long Xuyên", null, null, null, 8),
        new(8, 5, "SCT.004", "Cấp Giấy phép kinh doanh bán buôn sản phẩm rượu", "Công ty TNHH Rượu Bảy Núi", 1, 6, 5, 7),
        new(12, 7, "SCT.005", "Đăng ký thực hiện khuyến mại", "Siêu thị Co.opmart Rạch Giá", null, null, null, 6),
        new(15, 3, "SCT.006", "Cấp Giấy phép bán lẻ sản phẩm thuốc lá", "Hộ kinh doanh Trần Văn Út", null, null, null, null),
        new(20, 5, "SCT.007", "Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu", "Công ty TNHH Xăng dầu Tri Tôn", 1, null, 5, null),
        new(24, 10, "SCT.001", "Cấp Giấy xác nhận đủ điều kiện cửa hàng bán lẻ LPG chai", "Hộ kinh doanh Lê Văn Tâm", null, null, null, null),
        new(27, 15, "SCT.008", "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp", "Công ty Cổ phần Khoáng sản An Giang", 0, null, null, null),
    ];

    public int Order => 60;

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        for (var n = 0; n < Plans.Length; n++)
        {
            var p = Plans[n];
            var key = $"onestop:{n}";
            var after = day.Index - p.Day;
            if (after == 0)
            {
                var sct = await day.UnitAsync(DemoNames.IndustryTrade, ct);
                Guid? first = p.HandOffAfter == 0 ? await day.UnitAsync(Division, ct) : null;
                await day.ActAsync(Director, "tiếp nhận hồ sơ một cửa", async () =>
                {
                    var created = await receive.HandleAsync(new ReceiveDossierRequest($"000.00.21.H01-{day.Date:yyMMdd}-{n + 1:D4}", p.ProcedureCode, p.Procedure,
                        p.Limit, null, sct, first, p.Applicant, "counter"), ct);
                    day.Remember(key, created.Id);
                }, ct);
                continue;
            }

            if (after <= 0 || day.Recall(key) is not { } id)
            {
                continue;
            }

            if (after == p.HandOffAfter)
            {
                var division = await day.UnitAsync(Division, ct);
                await day.ActAsync(Director, "chuyển hồ sơ cho phòng thẩm định", () => handOff.HandleAsync(id, new HandOffRequest(division, "Thẩm định hồ sơ, kiểm tra thực tế", null), ct), ct);
            }

            if (after == p.BackAfter)
            {
                var sct = await day.UnitAsync(DemoNames.IndustryTrade, ct);
                await day.ActAsync(Director, "phòng trả hồ sơ về bộ phận một cửa", () => handOff.HandleAsync(id, new HandOffRequest(sct, "Đã thẩm định, trình ký", null), ct), ct);
            }

            if (after == p.ApologyAfter)
            {
                await day.ActAsync(Director, "lập phiếu xin lỗi, hẹn lại", () => apology.HandleAsync(id, new RecordApologyRequest(
                    "Hồ sơ cần kiểm tra thực tế tại cơ sở, chưa hoàn thành trong thời hạn.", day.Date.AddDays(7)), ct), ct);
            }

            if (after == p.ReturnAfter)
            {
                await day.ActAsync(Director, "trả kết quả hồ sơ một cửa", () => result.HandleAsync(id, new ReturnResultRequest(null, "Đã trả kết quả tại bộ phận một cửa"), ct), ct);
            }
        }
    }
}
