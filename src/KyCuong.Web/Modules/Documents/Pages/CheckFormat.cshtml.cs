using KyCuong.Documents.Formatting;
using KyCuong.Web.Modules.Documents.CheckFormat;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Documents.Pages;

/// <summary>
/// "Kiểm tra thể thức": paste a draft or choose a Word file → each departure from the NĐ 30/2020 layout with its rule
/// (docs/domain.md, "Format of documents"). Any signed-in user; nothing is stored.
/// </summary>
internal sealed class CheckFormatModel : PageModel
{
    public const int MaxPastedLength = 200_000;

    [BindProperty]
    public string? PastedText { get; set; }

    /// <summary>Null until something was checked.</summary>
    public IReadOnlyList<FormatFinding>? Findings { get; private set; }

    public string? CheckedName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is { Length: > 0 })
        {
            var result = await CheckFormatHandler.CheckFileAsync(file, ct);
            if (result.Findings is null)
            {
                ModelState.AddModelError("file", result.Error ?? "Không đọc được tệp.");
                return Page();
            }

            Findings = result.Findings;
            CheckedName = Path.GetFileName(file.FileName.Replace('\\', '/'));
            return Page();
        }

        if (string.IsNullOrWhiteSpace(PastedText))
        {
            ModelState.AddModelError(nameof(PastedText), "Hãy dán nội dung văn bản hoặc chọn một tệp.");
            return Page();
        }

        if (PastedText.Length > MaxPastedLength)
        {
            ModelState.AddModelError(nameof(PastedText), $"Nội dung dài quá {MaxPastedLength:N0} ký tự; hãy chọn tệp.");
            return Page();
        }

        Findings = CheckFormatHandler.CheckText(PastedText);
        CheckedName = "nội dung đã dán";
        return Page();
    }
}
