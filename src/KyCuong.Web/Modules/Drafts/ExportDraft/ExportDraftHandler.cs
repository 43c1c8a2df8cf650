using KyCuong.Web.Platform.Printing;

namespace KyCuong.Web.Modules.Drafts.ExportDraft;

/// <summary>
/// A draft as DOCX in the NĐ 30/2020 layout, or as PDF (that DOCX converted by LibreOffice headless, <see cref="LibreOfficePdf"/>);
/// whoever may see the draft may export it. The file is named by its number once issued.
/// </summary>
internal sealed class ExportDraftHandler(DraftAccess drafts, DraftRenderer renderer, LibreOfficePdf pdf)
{
    public async Task<ExportedFile> HandleAsync(Guid id, string? format, CancellationToken ct)
    {
        if (format is not ("docx" or "pdf"))
        {
            throw RequestValidationException.For("format", "Định dạng phải là docx hoặc pdf. / format must be docx or pdf.");
        }

        var draft = await drafts.LoadAsync(id, tracking: false, ct);
        var docx = await renderer.DocxAsync(draft, ct);
        var stem = draft.NumberSymbol is { } n ? "van-ban-" + n.Replace('/', '-') : "du-thao-" + draft.Id.ToString("N")[..8];
        return await DocumentExport.DocxOrPdfAsync(pdf, docx, format, stem, ct);
    }
}
