using System.Globalization;
using System.Text;
using System.Text.Json;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.ListTasks;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Modules.Tasks.TaskSummary;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Tasks.Pages;

/// <summary>
/// A unit's dashboard for its whole subtree: the four VPCP counts, both overdue rates with their denominators (docs/domain.md §6),
/// the overdue list, a six-month trend, and CSV export of the lists.
/// </summary>
internal sealed class DashboardModel(TaskSummaryHandler summary, ListTasksHandler list, IUnitDirectory units, OrgPeople people, ICurrentUser currentUser,
    TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public string UnitName { get; private set; } = "";

    public TaskSummaryResponse? Summary { get; private set; }

    public TaskPage Overdue { get; private set; } = new([], 1, 50, 0);

    public string TrendJson { get; private set; } = "{}";

    public IReadOnlyList<(Guid Id, string Name)> MyUnits { get; private set; } = [];

    /// <summary>Why nothing is shown (an unknown or invisible unit, a reversed period), in Vietnamese.</summary>
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ResolveUnitAsync(ct);
        if (UnitId is not { } unitId)
        {
            return Page();
        }

        try
        {
            Summary = await summary.HandleAsync(unitId, true, From, To, ct);
        }
        catch (NotFoundException)
        {
            // Another branch's unit looks like one that does not exist.
            Error = "Không tìm thấy đơn vị, hoặc đơn vị không thuộc phạm vi theo dõi của bạn.";
            UnitName = "";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        catch (RequestValidationException)
        {
            Error = "Ngày kết thúc kỳ phải sau ngày bắt đầu.";
            return Page();
        }

        Overdue = await list.HandleAsync(new TaskListQuery(false, TaskStatusPolicy.Name(TaskStatusLabel.InProgressOverdue), unitId, PageSize: 50), ct);

        // Trend: per month of receipt, tasks assigned and how many of them are overdue-unfinished now.
        var today = clock.Today();
        var labels = new List<string>();
        var assigned = new List<int>();
        var overdue = new List<int>();
        for (var i = 5; i >= 0; i--)
        {
            var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-i);
            var month = await summary.HandleAsync(unitId, true, start, start.AddMonths(1).AddDays(-1), ct);
            labels.Add(start.ToString("MM/yyyy", CultureInfo.InvariantCulture));
            assigned.Add(month.OverdueOfAssigned.Denominator);
            overdue.Add(month.OverdueOfAssigned.Overdue);
        }

        TrendJson = JsonSerializer.Serialize(new { labels, assigned, overdue });
        return Page();
    }

    /// <summary>The subtree's tasks (all, or one status) as CSV (UTF-8 with BOM) or XLSX.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? status, string? format, CancellationToken ct)
    {
        await ResolveUnitAsync(ct);
        if (UnitId is not { } unitId)
        {
            return NotFound();
        }

        try
        {
            _ = await summary.HandleAsync(unitId, true, null, null, ct); // 404 outside the caller's scope
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        var page = await list.HandleAsync(new TaskListQuery(false, status, unitId, PageSize: ListTasksHandler.MaxPageSize), ct);
        string[] header = ["Mã", "Nhiệm vụ", "Khoản", "Đơn vị chủ trì", "Người xử lý", "Ngày nhận", "Hạn", "Ngày hoàn thành", "Trạng thái", "Số lần gia hạn", "Số lần trả lại", "Số lần điều chuyển", "A→B→A"];
        var rows = page.Items.Select(t => new[]
        {
            t.Id.ToString(), t.Title, t.ClauseRef ?? "", t.LeadUnitName, t.CurrentHolderName ?? t.LeadUserName ?? "",
            Iso(t.ReceivedOn), Iso(t.DueDate), Iso(t.CompletedOn), t.StatusLabel,
            t.ExtensionCount.ToString(CultureInfo.InvariantCulture), t.ReturnCount.ToString(CultureInfo.InvariantCulture),
            t.RerouteCount.ToString(CultureInfo.InvariantCulture), t.Bounced ? "có" : "",
        }).ToList();
        var name = $"nhiem-vu-{clock.Today():yyyyMMdd}";
        return string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)
            ? File(KyCuong.Web.Platform.Web.TableExport.ToXlsx("Nhiệm vụ", header, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : File(KyCuong.Web.Platform.Web.TableExport.ToCsv(header, rows), "text/csv; charset=utf-8", name + ".csv");
    }

    private static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private async Task ResolveUnitAsync(CancellationToken ct)
    {
        var mine = new List<(Guid, string)>();
        if (currentUser.UserId is { } me)
        {
            var ids = await people.UnitsOfAsync(me, clock.Today(), ct);
            var found = await units.FindManyAsync(ids, ct);
            mine.AddRange(ids.Where(found.ContainsKey).Select(u => (found[u].Id, found[u].Name)));
        }

        MyUnits = mine;
        UnitId ??= mine.Count > 0 ? mine[0].Item1 : null;
        if (UnitId is { } id)
        {
            UnitName = (await units.FindAsync(id, ct))?.Name ?? "";
        }
    }
}
