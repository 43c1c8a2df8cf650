using KyCuong.Web.Modules.Inspections.StartInspection;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Inspections.VerifyRemedies;

internal sealed record RemedyVerdict(Guid? RemedyId, bool? Verified, string? Note);

/// <summary><c>{"remedies":[{"remedyId","verified","note"?}]}</c>: the follow-up check's verdict on each remedy.</summary>
internal sealed record VerifyRemediesRequest(IReadOnlyList<RemedyVerdict>? Remedies);

internal sealed class VerifyRemediesHandler(AppDbContext db, InspectionAccess inspections, AuditLog audit, ICurrentUser me, TimeProvider clock)
{
    public async Task<InspectionStatusResponse> HandleAsync(Guid id, VerifyRemediesRequest r, CancellationToken ct)
    {
        var verdicts = r.Remedies ?? [];
        var v = new Validator().Check(verdicts.Count > 0, "remedies", "Cần ít nhất một kết quả kiểm tra khắc phục. / At least one verdict is required.");
        for (var k = 0; k < verdicts.Count; k++)
        {
            v.Check(verdicts[k].RemedyId is { } x && x != Guid.Empty, $"remedies[{k}].remedyId", "Cần yêu cầu khắc phục. / remedyId is required.")
                .Check(verdicts[k].Verified is not null, $"remedies[{k}].verified", "Cần nêu đã khắc phục hay chưa. / verified is required.")
                .MaxLength(verdicts[k].Note, $"remedies[{k}].note", "Ghi chú", 4000);
        }

        v.Check(verdicts.Select(x => x.RemedyId).Distinct().Count() == verdicts.Count, "remedies", "Mỗi yêu cầu chỉ nêu một lần. / Each remedy once.").ThrowIfInvalid();
        var i = await inspections.LoadAsync(id, ct);
        await inspections.EnsureCanRunAsync(i, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var x in verdicts)
        {
            i.Verify(x.RemedyId!.Value, x.Verified!.Value, string.IsNullOrWhiteSpace(x.Note) ? null : x.Note.Trim().Normalize(), me.UserId, now);
        }

        audit.Record(InspectionAudit.Entity, i.Id, InspectionAudit.RemedyVerified, new { verdicts = verdicts.Select(x => new { x.RemedyId, x.Verified, x.Note }), i.Status });
        await db.SaveChangesAsync(ct);
        return new InspectionStatusResponse(i.Id, i.Status);
    }
}
