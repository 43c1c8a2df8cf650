using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.ManageDelegations;
using KyCuong.Web.Platform.Web.Pages.Shared;
using KyCuong.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.Pages.Account;

internal sealed class DelegationsModel(DelegationsHandler handler, IAccessControl access, ICurrentUser currentUser, UnitChoices unitChoices) : PageModel
{
    public sealed class InputModel
    {
        public Guid? GranteeUserId { get; set; }

        public Guid? UnitId { get; set; }

        public List<string> Scope { get; set; } = [];

        public DateOnly? ValidFrom { get; set; }

        public DateOnly? ValidTo { get; set; }

        public string? Reason { get; set; }

        public string? DocumentReference { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<DelegationDto> Items { get; private set; } = [];

    public bool CanDelegate { get; private set; }

    public Guid? MyId => currentUser.UserId;

    public List<SelectListItem> People { get; private set; } = [];

    public List<SelectListItem> Units { get; private set; } = [];

    public IReadOnlyList<(string Name, string Label)> ScopeChoices { get; } =
    [
        ("assignWork", "Giao việc, duyệt gia hạn"), ("signDocuments", "Ký văn bản"), ("handleWork", "Xử lý công việc"),
        ("viewWork", "Xem công việc"), ("monitor", "Theo dõi, đôn đốc"), ("registerDocuments", "Vào sổ văn bản"),
    ];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ok = await PageActions.TryAsync(ModelState, () => handler.CreateAsync(
            new CreateDelegationRequest(Input.GranteeUserId, Input.UnitId, Input.Scope, Input.ValidFrom, Input.ValidTo, Input.Reason, Input.DocumentReference), ct));
        if (ok)
        {
            TempData["Message"] = "Đã ghi nhận ủy quyền.";
            return RedirectToPage();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, () => handler.RevokeAsync(id, ct)))
        {
            TempData["Message"] = "Đã thu hồi ủy quyền.";
            return RedirectToPage();
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await handler.ListAsync(null, ct);
        CanDelegate = await access.HasAnywhereAsync(Permission.AssignWork, ct);
        if (!CanDelegate)
        {
            return;
        }

        Units = await unitChoices.InScopeAsync(Permission.AssignWork, ct);
        var scope = await access.ScopeAsync(Permission.AssignWork, ct);
        People = (await handler.GranteeChoicesAsync(scope, ct)).Select(p => new SelectListItem(p.Label, p.Id.ToString())).ToList();
    }
}
