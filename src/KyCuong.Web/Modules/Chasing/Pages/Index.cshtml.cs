using System.Globalization;
using KyCuong.Web.Modules.Chasing.Board;
using KyCuong.Web.Modules.Chasing.RemindTask;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Chasing.Pages;

/// <summary>"Đôn đốc": overdue and near-due open tasks across the caller's scope, with a one-click reminder per row.</summary>
internal sealed class IndexModel(BoardHandler board, RemindTaskHandler remind) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public Guid TaskId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public BoardPage Result { get; private set; } = new([], 1, 20, 0, 2, default);

    public string? Error { get; private set; }

    public bool Forbidden { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemindAsync(CancellationToken ct)
    {
        RemindTaskResponse? result = null;
        if (await PageActions.TryAsync(ModelState, async () => result = await remind.HandleAsync(TaskId, new RemindTaskRequest(Note), ct), prefix: ""))
        {
            TempData["Message"] = $"Đã đôn đốc. Người chịu trách nhiệm đã bị đôn đốc {result!.Count} lần" + (result.TransferReviewFlag ? " — đã đạt ngưỡng xem xét điều chuyển." : ".");
            return RedirectToPage(RouteFor(PageNumber));
        }

        Error = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        await LoadAsync(ct);
        return Page();
    }

    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["kind"] = Kind, ["q"] = Q, ["p"] = page.ToString(CultureInfo.InvariantCulture),
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        try
        {
            Result = await board.HandleAsync(new BoardQuery(Kind, null, Q, PageNumber, 20), ct);
        }
        catch (ForbiddenException)
        {
            Forbidden = true;
        }
    }
}
