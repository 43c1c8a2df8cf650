using KyCuong.Web.Modules.Tasks.CreateTask;
using KyCuong.Web.Modules.Tasks.DecideExtension;
using KyCuong.Web.Modules.Tasks.HandOffTask;
using KyCuong.Web.Modules.Tasks.RequestExtension;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Tasks.Seeding;

/// <summary>
/// The demo's past for the evaluation's patterns of shirking (docs/domain.md "Evaluation: patterns and candidates"): in the reform
/// division the specialist asks twice to extend one task (serial extensions) and, on another task's deadline day, hands it straight
/// back to the head of division who gave it (a last-day hand-off and a back-and-forth). Acting through the real handlers.
/// </summary>
internal sealed class ConductHistory(CreateTaskHandler create, HandOffHandler handOff, RequestExtensionHandler requestExtension, DecideExtensionHandler decide)
    : IDemoHistoryStep
{
    private const string SerialTask = "task:conduct-serial";
    private const string LastDayTask = "task:conduct-last-day";

    public int Order => 21;

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        if (day.Is(4))
        {
            var unit = await day.UnitAsync("Phòng Cải cách hành chính", ct);
            var specialist = await day.UserAsync("chuyenvien", ct);
            await day.ActAsync("truongphong.cchc", "giao rà soát quy chế phối hợp", async () => day.Remember(SerialTask, (await create.HandleAsync(new CreateTaskRequest(
                "Rà soát Quy chế phối hợp giải quyết thủ tục hành chính liên thông", "Đề xuất sửa đổi các điểm chưa phù hợp với Nghị định 118/2025/NĐ-CP.", null, null,
                unit, specialist, [], null, 4), ct)).Id), ct);
            await day.ActAsync("truongphong.cchc", "giao tổng hợp kiến nghị", async () => day.Remember(LastDayTask, (await create.HandleAsync(new CreateTaskRequest(
                "Tổng hợp kiến nghị của tổ chức, cá nhân về thủ tục hành chính quý IV", null, null, null, unit, specialist, [], null, 6), ct)).Id), ct);
        }

        if (day.Recall(SerialTask) is { } serial)
        {
            if (day.Is(6) || day.Is(9))
            {
                await day.ActAsync("chuyenvien", "đề nghị gia hạn rà soát quy chế", async () => day.Remember($"extension:{serial}", (await requestExtension.HandleAsync(serial,
                    new RequestExtensionRequest(day.Is(6) ? "Chờ ý kiến của Sở Tư pháp." : "Chờ thêm ý kiến của các sở, ngành.", null, 3), ct)).Id), ct);
            }

            if ((day.Is(7) || day.Is(10)) && day.Recall($"extension:{serial}") is { } extension)
            {
                await day.ActAsync("truongphong.cchc", "đồng ý gia hạn", () => decide.HandleAsync(serial, extension, new DecideExtensionRequest(true, "Đồng ý."), ct), ct);
            }
        }

        if (day.Is(10) && day.Recall(LastDayTask) is { } lastDay)
        {
            var head = await day.UserAsync("truongphong.cchc", ct);
            await day.ActAsync("chuyenvien", "chuyển lại việc tổng hợp kiến nghị đúng ngày hạn", () => handOff.HandleAsync(lastDay,
                new HandOffRequest(head, null, "Đề nghị lãnh đạo phòng trực tiếp tổng hợp."), ct), ct);
        }
    }
}
