using KyCuong.Web.Modules.Reports.EditSection;
using KyCuong.Web.Modules.Reports.GetReport;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Reports.SubmitReport;

/// <summary>The outgoing document that carries the report (Decree 30/2020/NĐ-CP art. 8: number and symbol, and date).</summary>
internal sealed record SubmitReportRequest(string? DocumentNumber, DateOnly? DocumentDate);

/// <summary>
/// The unit submits its report: the figures are frozen as they stand and the outgoing document's number and date recorded; the
/// working day of submission tells on time from late (docs/domain.md "Reports").
/// </summary>
internal sealed class SubmitReportHandler(AppDbContext db, ReportAccess reportAccess, ReportPrefill prefill, GetReportHandler describe,
    AuditLog audit, ICurrentUser user, TimeProvider clock)
{
    public async Task<ReportResponse> HandleAsync(Guid id, SubmitReportRequest request, CancellationToken ct)
    {
        var (report, regime) = await reportAccess.LoadReportAsync(id, tracking: true, ct);
        await reportAccess.EnsureWriteAsync(report, ct);
        if (report.Submitted)
        {
            throw new DomainException(EditSectionHandler.SubmittedCode, "Báo cáo đã được gửi. / The report has already been submitted.");
        }

        var today = clock.Today();
        var errors = new Dictionary<string, string[]>();
        var number = request.DocumentNumber?.Trim().Normalize();
        if (string.IsNullOrEmpty(number) || number.Length > 100)
        {
            errors["documentNumber"] = ["Nhập số, ký hiệu văn bản gửi báo cáo (ví dụ 45/BC-SNV). / documentNumber is required."];
        }

        if (request.DocumentDate is not { } date || date > today || date < report.From)
        {
            errors["documentDate"] = ["Ngày văn bản không được sau hôm nay hay trước kỳ báo cáo. / documentDate must be within the period's start and today."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        if (report.EditedAtUtc is null)
        {
            await prefill.RefreshAsync(report, ct);
        }

        report.Submit(user.UserId, clock.GetUtcNow().UtcDateTime, today, number!, request.DocumentDate!.Value);
        audit.Record(ReportAudit.ReportEntity, report.Id, ReportAudit.Submitted, new { documentNumber = number, documentDate = request.DocumentDate, submittedOn = today });
        await db.SaveChangesAsync(ct);
        return await describe.DescribeAsync(report, regime, ct);
    }
}
