using KyCuong.Web.Modules.Submissions.SaveSubmission;
using KyCuong.Web.Modules.Submissions.SubmitSubmission;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Submissions.Seeding;

/// <summary>
/// The demo's past in submissions (docs/domain.md §9): Sở Nội vụ drafts and sends a tờ trình to UBND tỉnh, which the
/// provincial office has in review today.
/// </summary>
internal sealed class SubmissionHistory(SaveSubmissionHandler save, SubmitSubmissionHandler submit) : IDemoHistoryStep
{
    public int Order => 40;

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        if (!day.Is(26))
        {
            return;
        }

        var snv = await day.UnitAsync(DemoNames.HomeAffairs, ct);
        var province = await day.UnitAsync(DemoNames.Province, ct);
        await day.ActAsync("giamdoc.snv", "trình tờ trình phân bổ biên chế", async () =>
        {
            var saved = await save.CreateAsync(new SaveSubmissionRequest(
                "Tờ trình về việc giao biên chế công chức trong các cơ quan hành chính của tỉnh năm 2026",
                snv, province, "noi-vu.bien-che",
                "Luật Tổ chức chính quyền địa phương năm 2025; Nghị định 45/2025/NĐ-CP; Nghị quyết của HĐND tỉnh về biên chế công chức năm 2026",
                "Thuộc thẩm quyền quyết định của UBND tỉnh theo biên chế được HĐND tỉnh thông qua.",
                "Sở Nội vụ đã rà soát nhu cầu của 17 sở, ngành sau hợp nhất; tổng biên chế đề nghị không vượt số được giao.",
                "Đề nghị UBND tỉnh xem xét, ban hành quyết định giao biên chế công chức năm 2026.",
                [], null, null, null), ct);
            await submit.HandleAsync(saved.Id, ct);
        }, ct);
    }
}
