using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Evaluation.SetGeneralPoints;

/// <summary>docs/api.md: <c>{"points","comment"}</c>.</summary>
internal sealed record SetGeneralPointsRequest(decimal? Points, string? Comment);

internal sealed record GeneralPointsResponse(Guid UserId, string Period, decimal Points, string? Comment);

/// <summary>
/// The manager scores the general criteria of Nghị định 335/2025 (at most 30 points) for a period; scoring again replaces the
/// points, and every change is in the audit trail.
/// </summary>
internal sealed class SetGeneralPointsHandler(AppDbContext db, EvaluationAccess access, AuditLog audit, IOptions<EvaluationOptions> options, TimeProvider clock)
{
    public async Task<GeneralPointsResponse> HandleAsync(Guid userId, string period, SetGeneralPointsRequest r, CancellationToken ct)
    {
        var max = options.Value.GeneralMaxPoints;
        var p = EvaluationPeriod.Parse(period);
        new Validator()
            .Check(r.Points is { } v && v >= 0 && v <= max && decimal.Round(v, 2) == v, "points",
                $"Điểm tiêu chí chung từ 0 đến {max}, tối đa hai chữ số thập phân. / points must be between 0 and {max}.")
            .MaxLength(r.Comment, "comment", "Nhận xét", 4000)
            .ThrowIfInvalid();
        await access.EnsureManagerAsync(userId, ct);

        var comment = string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim().Normalize();
        var score = await db.EvaluationGeneralScores.FirstOrDefaultAsync(g => g.UserId == userId && g.PeriodKey == p.Key, ct);
        var previous = score?.Points;
        if (score is null)
        {
            score = new GeneralScore(Guid.CreateVersion7(), userId, p.Key);
            db.EvaluationGeneralScores.Add(score);
        }

        score.Set(r.Points!.Value, comment, access.CallerId, clock.GetUtcNow().UtcDateTime);
        audit.Record(EvaluationAudit.Entity, userId, EvaluationAudit.GeneralPointsSet, new { period = p.Key, points = score.Points, previous }, comment);
        await db.SaveChangesAsync(ct);
        return new GeneralPointsResponse(userId, p.Key, score.Points, score.Comment);
    }
}
