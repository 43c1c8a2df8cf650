using KyCuong.Web.Modules.Evaluation.Innovation;
using KyCuong.Web.Modules.Evaluation.Innovation.GetInnovation;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages.Innovation;

/// <summary>
/// "Đề xuất đổi mới, sáng tạo" (Nghị định 73/2023/NĐ-CP; docs/domain.md "Evaluation: innovation proposals"): the proposals the caller may
/// see — their own, those their leadership votes on, those of the bodies under their personnel office — with the lapsed ones first.
/// </summary>
internal sealed class IndexModel(GetInnovationHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<InnovationProposalDto> Items { get; private set; } = [];

    public static readonly IReadOnlyList<(string Value, string Label)> StatusChoices =
    [
        ("voting", InnovationProposals.StatusLabel("voting")),
        ("lapsed", "Quá hạn biểu quyết"),
        ("approved", InnovationProposals.StatusLabel("approved")),
        ("rejected", InnovationProposals.StatusLabel("rejected")),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Status is not null && StatusChoices.All(s => s.Value != Status))
        {
            Status = null;
        }

        var list = await handler.ListAsync(Status, 1, Paging.MaxPageSize, ct);
        Items = list.Items.OrderBy(i => i.Status == "lapsed" ? 0 : i.Status == "voting" ? 1 : 2).ThenByDescending(i => i.SubmittedAt).ToList();
    }

    public static string Badge(string status) => status switch
    {
        "approved" => "text-bg-success",
        "rejected" => "text-bg-secondary",
        "lapsed" => "text-bg-danger",
        _ => "text-bg-warning",
    };
}
