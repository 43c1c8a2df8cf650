using KyCuong.Web.Modules.Inspections.GetInspection;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Printing;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Inspections.Documents;

/// <summary>
/// <c>GET /api/v1/inspections/{id}/documents/{kind}.docx|.pdf</c>: one of the check's four papers pre-filled from the check as the
/// caller sees it (404 when the check is not theirs to see, a surprise check not yet started included). The conclusion exists only
/// once concluded (409 <c>inspection.notConcluded</c>), the record once the team has arrived (409 <c>inspection.notStarted</c>).
/// The file is made by the export every module shares (Platform/Printing/DocumentExport: the DOCX as written, or that DOCX
/// converted by LibreOffice within its time budget, 503 <c>pdfUnavailable</c> otherwise), like the Reports and Drafts exports.
/// </summary>
internal sealed class InspectionDocumentHandler(GetInspectionHandler get, IUnitDirectory units, LibreOfficePdf pdf, TimeProvider clock)
{
    public async Task<ExportedFile> HandleAsync(Guid id, string? file, CancellationToken ct)
    {
        var dot = (file ?? "").LastIndexOf('.');
        var kind = dot > 0 ? file![..dot] : "";
        var format = dot > 0 ? file![(dot + 1)..] : "";
        new Validator()
            .Check(InspectionDocumentKinds.All.Any(k => k.Kind == kind), "kind",
                "Loại văn bản là decision, record, conclusion hoặc report. / kind must be decision, record, conclusion or report.")
            .Check(format is "docx" or "pdf", "format", "Định dạng là docx hoặc pdf. / format must be docx or pdf.")
            .ThrowIfInvalid();
        var c = await get.HandleAsync(id, ct);
        if (kind == InspectionDocumentKinds.Record && c.StartedAt is null)
        {
            throw new DomainException("inspection.notStarted", "Chỉ lập biên bản sau khi đoàn đến làm việc. / The record follows the team's arrival.");
        }

        if (kind == InspectionDocumentKinds.Conclusion && c.Conclusion is null)
        {
            throw new DomainException("inspection.notConcluded", "Cuộc kiểm tra chưa có kết luận. / The check is not concluded yet.");
        }

        var issuer = await units.FindAsync(c.OrderingUnit.Id, ct);
        var superior = issuer?.ParentId is { } parent ? await units.FindAsync(parent, ct) : null;
        var leader = c.Team.FirstOrDefault(t => t.UserId == c.TeamLeaderUserId)?.FullName;
        var header = new InspectionPaperHeader(superior?.Name ?? "", c.OrderingUnit.Name, issuer?.ShortName ?? "", Decree30Docx.PlaceOf(c.OrderingUnit.Name), leader);
        var docx = InspectionDocx.Build(kind, c, header, clock.Today());
        return await DocumentExport.DocxOrPdfAsync(pdf, docx, format, $"kiem-tra-{kind}-{c.Id.ToString()[..8]}", ct);
    }
}
