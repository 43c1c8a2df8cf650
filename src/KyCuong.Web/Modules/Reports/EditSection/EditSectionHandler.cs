using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Modules.Reports.GetReport;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Reports.EditSection;

/// <summary><see cref="Figures"/>: only the figures to change (names the section already has); <see cref="Reason"/> is required then.</summary>
internal sealed record EditSectionRequest(string? Text, Dictionary<string, decimal?>? Figures, string? Reason);

/// <summary>
/// The reporting unit types a section's text and, with a recorded reason, corrects a pre-filled figure (docs/domain.md "Reports":
/// a figure that differs from the live data must say why). A submitted report is closed (409 <c>reportSubmitted</c>).
/// </summary>
internal sealed class EditSectionHandler(AppDbContext db, ReportAccess reportAccess, ReportPrefill prefill, GetReportHandler describe,
    AuditLog audit, ICurrentUser user, TimeProvider clock)
{
    public const string SubmittedCode = "reportSubmitted";

    public async Task<ReportResponse> HandleAsync(Guid id, int position, EditSectionRequest request, CancellationToken ct)
    {
        var (report, regime) = await reportAccess.LoadReportAsync(id, tracking: true, ct);
        await reportAccess.EnsureWriteAsync(report, ct);
        if (report.Submitted)
        {
            throw new DomainException(SubmittedCode, "Báo cáo đã gửi, không sửa được nữa. / The report has been submitted and can no longer change.");
        }

        var section = report.Sections.FirstOrDefault(s => s.Position == position) ?? throw new NotFoundException("Không tìm thấy mục báo cáo. / Section not found.");
        var errors = new Dictionary<string, string[]>();
        if (request.Text is { Length: > 32000 })
        {
            errors["text"] = ["Nội dung tối đa 32.000 ký tự. / Text is at most 32,000 characters."];
        }

        // The first edit takes the report over from live data: freeze the pre-fill as of now before comparing.
        if (report.EditedAtUtc is null)
        {
            await prefill.RefreshAsync(report, ct);
        }

        var figures = ReportPrefill.Figures(section);
        var changed = new List<(string Name, string? Old, string? New)>();
        foreach (var (name, value) in request.Figures ?? [])
        {
            if (!figures.ContainsKey(name))
            {
                errors[$"figures.{name}"] = ["Mục này không có số liệu tên này. / The section has no such figure."];
                continue;
            }

            if (value is < 0 or > 1_000_000_000)
            {
                errors[$"figures.{name}"] = ["Số liệu phải từ 0 đến 1.000.000.000. / A figure must be between 0 and 1,000,000,000."];
                continue;
            }

            var old = figures[name]?.GetValue<decimal?>();
            if (old != value)
            {
                changed.Add((name, old?.ToString(CultureInfo.InvariantCulture), value?.ToString(CultureInfo.InvariantCulture)));
                figures[name] = value is null ? null : JsonValue.Create(value.Value);
            }
        }

        var reason = request.Reason?.Trim().Normalize();
        if (changed.Count > 0 && string.IsNullOrEmpty(reason))
        {
            errors["reason"] = ["Sửa số liệu đã tổng hợp phải ghi rõ lý do. / Changing a pre-filled figure needs a reason."];
        }

        if (reason is { Length: > 2000 })
        {
            errors["reason"] = ["Lý do tối đa 2000 ký tự. / Reason is at most 2000 characters."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        section.FiguresJson = figures.ToJsonString();
        if (request.Text is not null)
        {
            section.Text = request.Text.ReplaceLineEndings("\n").Trim().Normalize(); // a browser's CRLF is one line break
        }

        foreach (var (name, old, @new) in changed)
        {
            db.ReportFigureChanges.Add(new ReportFigureChange
            {
                Id = Guid.NewGuid(), ReportId = report.Id, Position = position, Figure = name, OldValue = old, NewValue = @new,
                Reason = reason!, UserId = user.UserId, AtUtc = now,
            });
        }

        report.MarkEdited(now);
        audit.Record(ReportAudit.ReportEntity, report.Id, ReportAudit.SectionEdited,
            new { position, figures = changed.Select(c => new { c.Name, c.Old, c.New }) }, changed.Count > 0 ? reason : null);
        await db.SaveChangesAsync(ct);
        return await describe.DescribeAsync(report, regime, ct);
    }
}
