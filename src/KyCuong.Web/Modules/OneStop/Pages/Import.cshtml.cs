using KyCuong.Web.Modules.OneStop.ImportDossiers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.OneStop.Pages;

/// <summary>Import dossiers from a one-stop system's CSV or XLSX: check first (dry run), then write (the same handler as the API).</summary>
[RequestSizeLimit(ImportDossiersEndpoint.MaxFileBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ImportDossiersEndpoint.MaxFileBytes + (1024 * 1024))]
internal sealed class ImportModel(ImportDossiersHandler handler) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool Write { get; set; }

    public DossierImportResult? Result { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = "Chọn tệp CSV hoặc XLSX.";
            return Page();
        }

        if (Upload.Length > ImportDossiersEndpoint.MaxFileBytes)
        {
            Error = "Tệp lớn hơn 200 MB.";
            return Page();
        }

        try
        {
            await using var stream = Upload.OpenReadStream();
            Result = await handler.HandleAsync(stream, Upload.FileName, dryRun: !Write, ct);
        }
        catch (Exception e) when (e is RequestValidationException or DomainException or ForbiddenException)
        {
            Error = PageSupport.ErrorOf(e);
        }

        return Page();
    }
}
