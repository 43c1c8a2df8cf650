using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Evaluation.GradingMinutes;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Evaluation.WriteSelfAssessment;

/// <summary>docs/api.md "Evaluation: self-assessment": <c>{"text","proposedGrade"}</c>.</summary>
internal sealed record SelfAssessmentRequest(string? Text, string? ProposedGrade);

/// <summary>The person's self-assessment for the period, whether it is still open, and the grade saved for them (if any).</summary>
internal sealed record SelfAssessmentDto(Guid UserId, string Period, string? Text, string? ProposedGrade, DateTimeOffset? UpdatedAt, bool Locked, SavedGradeDto? Saved);

/// <summary>
/// The person writes their own assessment for a month, quarter or year with the grade they propose for themself (Nghị định
/// 335/2025); they may change it until a manager saves a grading of the period that grades them. Readers are those who see the
/// person's evaluation; only the person writes it. Audited.
/// </summary>
internal sealed class WriteSelfAssessmentHandler(AppDbContext db, EvaluationAccess access, GradingMinutesHandler minutes, AuditLog audit, TimeProvider clock)
{
    public const int MaxText = 8000;

    public async Task<SelfAssessmentDto> GetAsync(Guid userId, string period, CancellationToken ct)
    {
        await access.EnsureCanSeeAsync(userId, ct);
        var p = EvaluationPeriod.Parse(period);
        return await ReadAsync(userId, p, ct);
    }

    public async Task<SelfAssessmentDto> PutAsync(Guid userId, string period, SelfAssessmentRequest r, CancellationToken ct)
    {
        await access.EnsureCanSeeAsync(userId, ct);
        var p = EvaluationPeriod.Parse(period);
        var known = GradingRules.TryParse(r.ProposedGrade, out var grade);
        new Validator()
            .Check(!string.IsNullOrWhiteSpace(r.Text), "text", "Nội dung tự đánh giá là bắt buộc. / text is required.")
            .MaxLength(r.Text, "text", "Nội dung tự đánh giá", MaxText)
            .Check(known, "proposedGrade",
                "Mức tự xếp loại là excellent, good, completed hoặc notCompleted. / proposedGrade must be excellent, good, completed or notCompleted.")
            .ThrowIfInvalid();
        if (access.CallerId != userId)
        {
            throw new ForbiddenException("Chỉ người được đánh giá tự viết bản tự đánh giá. / Only the person writes their self-assessment.");
        }

        if (await minutes.IsGradedAsync(userId, p.Key, ct))
        {
            throw new DomainException("evaluation.selfAssessmentLocked",
                "Cấp quản lý đã lưu kết quả xếp loại kỳ này; bản tự đánh giá không sửa được nữa. / The period has been graded; the self-assessment is closed.");
        }

        var text = r.Text!.Trim().Normalize();
        var self = await db.EvaluationSelfAssessments.FirstOrDefaultAsync(s => s.UserId == userId && s.PeriodKey == p.Key, ct);
        var previous = self is null ? null : new { text = self.Text, proposedGrade = self.ProposedGrade.ApiName() };
        if (self is null)
        {
            self = new SelfAssessment(Guid.CreateVersion7(), userId, p.Key);
            db.EvaluationSelfAssessments.Add(self);
        }

        self.Set(text, grade, clock.GetUtcNow().UtcDateTime);
        audit.Record(EvaluationAudit.Entity, userId, EvaluationAudit.SelfAssessed, new { period = p.Key, proposedGrade = grade.ApiName(), previous }, null);
        await db.SaveChangesAsync(ct);
        return await ReadAsync(userId, p, ct);
    }

    private async Task<SelfAssessmentDto> ReadAsync(Guid userId, EvaluationPeriod p, CancellationToken ct)
    {
        var self = await db.EvaluationSelfAssessments.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId && s.PeriodKey == p.Key, ct);
        var saved = await minutes.LatestForPersonAsync(userId, p.Key, ct);
        return new SelfAssessmentDto(userId, p.Key, self?.Text, self?.ProposedGrade.ApiName(), self is null ? null : VietnamTime.ToVietnam(self.UpdatedAtUtc),
            await minutes.IsGradedAsync(userId, p.Key, ct), saved);
    }
}
