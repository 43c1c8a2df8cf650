using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.ImportOrganisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Organisation.Pages.Admin;

/// <summary>/Admin/Import: an administrator checks an organisation file (dry run), then imports it; new accounts' one-time links print as a sheet for unit heads.</summary>
[RequestSizeLimit(ImportOrganisationEndpoint.MaxFileBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ImportOrganisationEndpoint.MaxFileBytes + (1024 * 1024))]
internal sealed class ImportModel(ImportOrganisationHandler handler, IAccessControl access) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportResult? Result { get; private set; }

    public string? FileName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await access.IsAdministratorAsync(ct) ? Page() : Forbid();

    public Task<IActionResult> OnPostDryRunAsync(CancellationToken ct) => RunAsync(true, ct);

    public Task<IActionResult> OnPostImportAsync(CancellationToken ct) => RunAsync(false, ct);

    private async Task<IActionResult> RunAsync(bool dryRun, CancellationToken ct)
    {
        if (!await access.IsAdministratorAsync(ct))
        {
            return Forbid();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Hãy chọn tệp XLSX hoặc CSV.");
            return Page();
        }

        if (Upload.Length > ImportOrganisationEndpoint.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), "Tệp lớn hơn 50 MB.");
            return Page();
        }

        FileName = Upload.FileName;
        await using var stream = Upload.OpenReadStream();
        await KyCuong.Web.Platform.Web.Pages.Shared.PageActions.TryAsync(ModelState, async () =>
            Result = await handler.HandleAsync(stream, Upload.FileName, dryRun, ImportOrganisationEndpoint.SetPasswordBase(Request), ct));
        return Page();
    }
}
