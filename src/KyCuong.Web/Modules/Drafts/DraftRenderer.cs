using KyCuong.Documents;
using KyCuong.Documents.Formatting;
using KyCuong.Web.Modules.Drafts.Domain;
using KyCuong.Web.Modules.Drafts.ExportDraft;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Drafts;

/// <summary>A draft rendered: its layout, the DOCX that prints it, and the NĐ 30 format check of that very DOCX.</summary>
internal sealed class DraftRenderer(DraftHeadings headings, TimeProvider clock)
{
    public async Task<DraftLayout> LayoutAsync(Draft draft, CancellationToken ct) =>
        DraftLayout.Of(draft, await headings.ForAsync(draft.UnitId, draft.IssuerUnitId, ct), (draft.IssuedOn ?? clock.Today()).Year);

    public async Task<byte[]> DocxAsync(Draft draft, CancellationToken ct) => DraftDocx.Build(await LayoutAsync(draft, ct));

    /// <summary>
    /// FormatChecker (the rules of POST /api/v1/documents/check-format) on the DOCX the draft exports: its text read back the way
    /// an uploaded Word file is, and its page and type.
    /// </summary>
    public async Task<IReadOnlyList<FormatFinding>> CheckAsync(Draft draft, CancellationToken ct)
    {
        var docx = await DocxAsync(draft, ct);
        using var stream = new MemoryStream(docx);
        var read = await DocumentTextReader.ReadAsync(stream, "du-thao.docx", ct);
        var (layout, _) = FormatChecker.ReadDocxLayout(docx, ct);
        return FormatChecker.Check(read.Text, layout);
    }
}
