using KyCuong.Web.Modules.Drafts.CreateDraft;
using KyCuong.Web.Modules.Drafts.IssueDraft;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Drafts.Seeding;

/// <summary>
/// The demo's past in drafts (docs/domain.md "Drafts"), through the real handlers: Phòng Cải cách hành chính of Sở Nội vụ drafts a
/// letter urging the departments' administrative-reform reports, which its head issues three working days before today with the
/// next number of the department's outgoing register; yesterday its specialist started a plan that is still being drafted.
/// </summary>
internal sealed class DraftsHistory(CreateDraftHandler create, IssueDraftHandler issue) : IDemoHistoryStep
{
    public const string IssuedSubject = "Đôn đốc báo cáo kết quả cải cách hành chính quý I năm 2026";

    public const string InProgressSubject = "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026";

    private const string IssuedKey = "draft:reform-letter";

    public int Order => 75;

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        if (day.Is(day.Count - 4))
        {
            var cchc = await day.UnitAsync("Phòng Cải cách hành chính", ct);
            await day.ActAsync("chuyenvien", "soạn công văn đôn đốc báo cáo cải cách hành chính", async () =>
            {
                var draft = await create.HandleAsync(new CreateDraftRequest(cchc, "congVan", IssuedSubject,
                    "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân tỉnh,\n"
                    + "Sở Nội vụ đề nghị các sở, ban, ngành tỉnh báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2026 "
                    + "(theo đề cương gửi kèm), gửi về Sở Nội vụ (qua Phòng Cải cách hành chính) trước ngày 15/3/2026 để tổng hợp, báo cáo "
                    + "Ủy ban nhân dân tỉnh.\nĐề nghị các cơ quan, đơn vị quan tâm, thực hiện./.",
                    ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"], "Phạm Thu Dung", "Trưởng phòng", "TL.", "Giám đốc"), ct);
                day.Remember(IssuedKey, draft.Id);
            }, ct);
        }

        if (day.Is(day.Count - 3) && day.Recall(IssuedKey) is { } letter)
        {
            await day.ActAsync("truongphong.cchc", "ban hành công văn đôn đốc (lấy số văn bản đi)", () => issue.HandleAsync(letter, new IssueDraftRequest(null), ct), ct);
        }

        if (day.Is(day.Count - 1))
        {
            var cchc = await day.UnitAsync("Phòng Cải cách hành chính", ct);
            await day.ActAsync("chuyenvien", "bắt đầu soạn kế hoạch kiểm tra cải cách hành chính", () => create.HandleAsync(new CreateDraftRequest(cchc, "keHoach",
                InProgressSubject,
                "I. MỤC ĐÍCH, YÊU CẦU\nĐánh giá thực chất kết quả cải cách hành chính tại các cơ quan, đơn vị; kịp thời chấn chỉnh hạn chế.\n"
                + "II. NỘI DUNG KIỂM TRA\n(Đang soạn)",
                ["Các sở, ban, ngành tỉnh"], "Lê Minh Cường", "Giám đốc", "", null), ct), ct);
        }
    }
}
