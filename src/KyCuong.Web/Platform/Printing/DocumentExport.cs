using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Platform.Printing;

/// <summary>A file an export made: its bytes, its media type and the name the browser saves it under (content-disposition).</summary>
internal sealed record ExportedFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// What every module that exports a document in the NĐ 30/2020 layout shares (Reports, Drafts): the DOCX it wrote or that DOCX
/// converted to PDF by LibreOffice (<see cref="LibreOfficePdf"/>), named <c>{stem}.docx</c> or <c>{stem}.pdf</c>; the API's answer
/// (the file as an attachment, 503 <c>pdfUnavailable</c> without LibreOffice, when the conversion takes too long or too many wait) and the page's (the file, or back to the page with
/// the reason, 404, 400).
/// </summary>
internal static class DocumentExport
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string PdfType = "application/pdf";

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary><paramref name="docx"/> as is (<paramref name="format"/> "docx") or converted to PDF (any other format the caller allowed).</summary>
    public static async Task<ExportedFile> DocxOrPdfAsync(LibreOfficePdf pdf, byte[] docx, string format, string stem, CancellationToken ct) => format == "docx"
        ? new ExportedFile(docx, DocxType, stem + ".docx")
        : new ExportedFile(await pdf.ConvertAsync(docx, ct), PdfType, stem + ".pdf");

    /// <summary>The API's answer: the file with its name, or 503 <c>pdfUnavailable</c> (validation and 404 are the handler's exceptions).</summary>
    public static async Task<IResult> ToResultAsync(Func<Task<ExportedFile>> export)
    {
        try
        {
            var file = await export();
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }
        catch (PdfUnavailableException e)
        {
            return TypedResults.Problem(statusCode: 503, title: "Chưa xuất được PDF / PDF unavailable", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["code"] = "pdfUnavailable" });
        }
    }

    /// <summary>
    /// A page's answer: the file with its name; 404 for what the reader may not see; 400 for an unknown format; without LibreOffice,
    /// or when the paper does not exist yet (a rule of the module, e.g. no conclusion before the check is concluded), back to
    /// <paramref name="backUrl"/> with the reason shown (the DOCX still downloads).
    /// </summary>
    public static async Task<IActionResult> ToPageResultAsync(PageModel page, Func<Task<ExportedFile>> export, string backUrl)
    {
        try
        {
            var file = await export();
            return new FileContentResult(file.Content, file.ContentType) { FileDownloadName = file.FileName };
        }
        catch (NotFoundException)
        {
            return new NotFoundResult();
        }
        catch (Exception e) when (e is PdfUnavailableException or DomainException)
        {
            page.TempData["Error"] = e.Message;
            return new RedirectResult(backUrl);
        }
        catch (RequestValidationException)
        {
            return new BadRequestResult();
        }
    }
}
