using System.Globalization;
using System.Text.Json;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.ListTasks;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Modules.Tasks.TaskSummary;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Tasks.Pages;

/// <summary>
/// A unit's dashboard for its whole subtree: the four VPCP counts, both overdue rates with their denominators (docs/domain.md §6),
/// the per-unit table of the direct sub-units with drill-down and a breadcrumb back up, a six-month trend, the overdue list
/// (paged), and CSV / XLSX exports with a title block. The viewer's scope bounds every unit shown (TaskSummaryHandler: 404 outside).
/// </summary>
[ReadsFromReplica]
internal sealed class DashboardModel(TaskSummaryHandler summary, TaskSummaryByUnitHandler byUnit, ListTasksHandler list, IUnitDirectory units, OrgPeople people,
    ICurrentUser currentUser, TimeProvider clock) : PageModel
{
    public const int OverduePageSize = 20;

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>The page of the overdue list.</summary>
    [BindProperty(SupportsGet = true, Name = "op")]
    public int OverduePage { get; set; } = 1;

    public string UnitName { get; private set; } = "";

    public TaskSummaryResponse? Summary { get; private set; }

    public TaskSummaryByUnitResponse? ByUnit { get; private set; }

    public TaskPage Overdue { get; private set; } = new([], 1, OverduePageSize, 0);

    public string TrendJson { get; private set; } = "{}";

    public IReadOnlyList<(Guid Id, string Name)> MyUnits { get; private set; } = [];

    /// <summary>Why nothing is shown (an unknown or invisible unit, a reversed period), in Vietnamese.</summary>
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        var unitId = UnitId!.Value;
        Overdue = await list.HandleAsync(new TaskListQuery(false, TaskStatusPolicy.Name(TaskStatusLabel.InProgressOverdue), unitId, Page: Math.Max(1, OverduePage), PageSize: OverduePageSize), ct);

        // Trend: per month of receipt (the last six), tasks assigned and how many of them are overdue-unfinished now.
        var trend = await summary.TrendAsync(unitId, 6, ct);
        var labels = trend.Select(m => m.Month.ToString("MM/yyyy", CultureInfo.InvariantCulture)).ToList();
        var assigned = trend.Select(m => m.Assigned).ToList();
        var overdue = trend.Select(m => m.Overdue).ToList();
        TrendJson = JsonSerializer.Serialize(new { labels, assigned, overdue });
        return Page();
    }

    /// <summary>The subtree's tasks (all, or one status such as the overdue list) as CSV (UTF-8 with BOM) or XLSX with a title block.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? status, string? format, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var page = await list.HandleAsync(new TaskListQuery(false, status, UnitId, PageSize: ListTasksHandler.MaxPageSize), ct);
        var overdueOnly = status == TaskStatusPolicy.Name(TaskStatusLabel.InProgressOverdue);
        var name = $"{(overdueOnly ? "nhiem-vu-qua-han" : "nhiem-vu")}-{clock.Today():yyyyMMdd}";
        if (!string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            string[] csvHeader = ["Nhiệm vụ", "Khoản", "Đơn vị chủ trì", "Người xử lý", "Ngày nhận", "Hạn", "Ngày hoàn thành", "Trạng thái", "Số lần gia hạn", "Số lần trả lại", "Số lần điều chuyển", "A→B→A"];
            var csvRows = page.Items.Select(t => TaskRow(t).Skip(1).Select(c => c switch
            {
                DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                _ => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "",
            }).ToArray());
            return File(TableExport.ToCsv(csvHeader, csvRows), "text/csv; charset=utf-8", name + ".csv");
        }

        var title = await TitleAsync(overdueOnly ? "Danh sách nhiệm vụ chưa hoàn thành – quá hạn" : "Danh sách nhiệm vụ", overdueOnly ? null : From, overdueOnly ? null : To, ct);
        return File(TableExport.ToXlsx(overdueOnly ? "Quá hạn" : "Nhiệm vụ", title, TaskHeader, page.Items.Select(TaskRow)), XlsxType, name + ".xlsx");
    }

    /// <summary>The per-unit table (each direct sub-unit with the four statuses and both rates) as XLSX with a title block.</summary>
    public async Task<IActionResult> OnGetExportUnitsAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var table = ByUnit!;
        var title = await TitleAsync("Tổng hợp tình hình thực hiện nhiệm vụ theo đơn vị", From, To, ct);
        var rows = table.Rows.Select((r, i) => UnitRow((i + 1).ToString(CultureInfo.InvariantCulture), r))
            .Append(UnitRow("", table.Overall with { Name = "Tổng cộng" }));
        return File(TableExport.ToXlsx("Theo đơn vị", title, UnitHeader, rows), XlsxType, $"tong-hop-theo-don-vi-{clock.Today():yyyyMMdd}.xlsx");
    }

    public static readonly string[] UnitHeader =
    [
        "STT", "Đơn vị", "Đang thực hiện trong hạn", "Chưa hoàn thành – quá hạn", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Tổng số",
        "Tỷ lệ hoàn thành đúng hạn (%)", "Tỷ lệ quá hạn (%)",
    ];

    public static readonly string[] TaskHeader =
    [
        "STT", "Nhiệm vụ", "Khoản", "Đơn vị chủ trì", "Người xử lý", "Ngày nhận", "Hạn", "Ngày hoàn thành", "Trạng thái", "Số lần gia hạn", "Số lần trả lại",
        "Số lần điều chuyển", "A→B→A",
    ];

    private static IReadOnlyList<object?> UnitRow(string number, UnitSummaryRow r) =>
    [
        number, r.Name, r.InProgressOnTime, r.InProgressOverdue, r.DoneOnTime, r.DoneLate, r.Total,
        (object?)r.OnTimeRate.Percent ?? "—", (object?)r.OverdueRate.Percent ?? "—",
    ];

    private int _taskNumber;

    private IReadOnlyList<object?> TaskRow(TaskListItem t) =>
    [
        ++_taskNumber, t.Title, t.ClauseRef ?? "", t.LeadUnitName, t.CurrentHolderName ?? t.LeadUserName ?? "",
        t.ReceivedOn, (object?)t.DueDate ?? "Thường xuyên", t.CompletedOn, t.StatusLabel, t.ExtensionCount, t.ReturnCount, t.RerouteCount, t.Bounced ? "có" : "",
    ];

    private async Task<ExportTitle> TitleAsync(string title, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var unit = await units.FindAsync(UnitId!.Value, ct);
        var superior = unit?.ParentId is { } p ? await units.FindAsync(p, ct) : null;
        var governing = unit is null ? null : PrintHeading.GoverningBody(unit, superior);
        var today = clock.Today();
        return new ExportTitle(governing?.Name ?? "", UnitName, title, UnitName + " và các đơn vị trực thuộc", ExportTitle.PeriodText(from, to, today), today);
    }

    /// <summary>Resolves the unit and loads the summary and the per-unit table; false (with <see cref="Error"/>) when nothing may be shown.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        await ResolveUnitAsync(ct);
        if (UnitId is not { } unitId)
        {
            return false;
        }

        try
        {
            Summary = await summary.HandleAsync(unitId, true, From, To, ct);
            ByUnit = await byUnit.HandleAsync(unitId, From, To, ct);
            return true;
        }
        catch (NotFoundException)
        {
            // Another branch's unit looks like one that does not exist.
            Error = "Không tìm thấy đơn vị, hoặc đơn vị không thuộc phạm vi theo dõi của bạn.";
            UnitName = "";
            Summary = null;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }
        catch (RequestValidationException)
        {
            Error = "Ngày kết thúc kỳ phải sau ngày bắt đầu.";
            return false;
        }
    }

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

    /// <summary>The query string of this view for another unit (drill-down and breadcrumb keep the period).</summary>
    public string Link(Guid unitId, string? handler = null)
    {
        var q = new List<string>();
        if (handler is not null)
        {
            q.Add("handler=" + handler);
        }

        q.Add("unitId=" + unitId);
        if (From is { } f)
        {
            q.Add("from=" + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (To is { } t)
        {
            q.Add("to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return "?" + string.Join('&', q);
    }

    public static string Percent(SummaryRate r) => r.Percent is { } p ? p.ToString("0.00", CultureInfo.GetCultureInfo("vi-VN")) + "%" : "—";
}
