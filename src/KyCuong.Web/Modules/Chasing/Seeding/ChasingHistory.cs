using KyCuong.Web.Modules.Chasing.RemindTask;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Chasing.Seeding;

/// <summary>
/// The demo's past in chasing (docs/domain.md §10): besides the sweep's own reminders, run every simulated afternoon, the
/// provincial monitor chases the overdue Tết market task by hand.
/// </summary>
internal sealed class ChasingHistory(RemindTaskHandler remind) : IDemoHistoryStep
{
    public int Order => 50;

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        if (day.Is(27) && day.Recall(DemoNames.TetMarket) is { } tet)
        {
            await day.ActAsync("theodoi", "đôn đốc nhiệm vụ bình ổn thị trường Tết", () => remind.HandleAsync(tet,
                new RemindTaskRequest("Nhiệm vụ đã quá hạn; đề nghị Sở Công Thương báo cáo ngay kết quả triển khai trước Tết."), ct), ct);
        }
    }
}
