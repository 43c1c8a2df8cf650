using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.OneStop.Apology;

/// <summary>The form-04 letter of a dossier as DOCX, for whoever may see the dossier (it names the applicant: 404 outside scope).</summary>
internal sealed class ExportApologyHandler(AppDbContext db, DossierAccess access, IUnitDirectory units, IOptions<OneStopOptions> options)
{
    public async Task<(byte[] Content, string FileName)> HandleAsync(Guid dossierId, Guid letterId, CancellationToken ct)
    {
        var d = await access.LoadAsync(dossierId, ct);
        var letter = await db.ApologyLetters.AsNoTracking().FirstOrDefaultAsync(a => a.Id == letterId && a.DossierId == d.Id, ct) ?? throw DossierAccess.NotFound();
        var issuer = await units.FindAsync(letter.IssuingUnitId, ct);
        var superior = issuer?.ParentId is { } p ? await units.FindAsync(p, ct) : null;
        var content = new ApologyLetterContent(superior?.Name ?? "", issuer?.Name ?? "", options.Value.LetterPlace, letter.IssuedOn,
            d.ApplicantName ?? "Ông/Bà", d.Code, d.ProcedureName, d.ReceivedOn, d.DueDate, letter.Reason, letter.NewDueDate);
        var safeCode = new string([.. d.Code.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '.' ? ch : '_')]);
        return (ApologyDocx.Build(content), $"phieu-xin-loi-{safeCode}-{letter.Seq}.docx");
    }
}
