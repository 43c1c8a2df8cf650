using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Evaluation.SetLeadershipScores;

/// <summary>docs/api.md "Evaluation: leaders": <c>{"organise","rally","comment"}</c>, fractions 0–1.</summary>
internal sealed record SetLeadershipScoresRequest(decimal? Organise, decimal? Rally, string? Comment);

internal sealed record LeadershipScoresResponse(Guid UserId, string Period, decimal Organise, decimal Rally, string? Comment);

/// <summary>
/// The superior of a head or deputy head scores đ (organising implementation) and e (rallying and uniting) for a period
/// (Nghị định 335/2025). Only a person holding a leading position has them; scoring again replaces them; audited.
/// </summary>
internal sealed class SetLeadershipScoresHandler(AppDbContext db, EvaluationAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<LeadershipScoresResponse> HandleAsync(Guid userId, string period, SetLeadershipScoresRequest r, CancellationToken ct)
    {
        var p = EvaluationPeriod.Parse(period);
        new Validator()
            .Check(p.Kind != PeriodKind.Year, "period", "Chấm theo tháng hoặc quý, không chấm cho cả năm. / Score a month or a quarter, not the year.")
            .Check(IsFraction(r.Organise), "organise", "Tiêu chí đ là tỷ lệ từ 0 đến 1, tối đa bốn chữ số thập phân. / organise must be between 0 and 1.")
            .Check(IsFraction(r.Rally), "rally", "Tiêu chí e là tỷ lệ từ 0 đến 1, tối đa bốn chữ số thập phân. / rally must be between 0 and 1.")
            .MaxLength(r.Comment, "comment", "Nhận xét", 4000)
            .ThrowIfInvalid();
        await access.EnsureManagerAsync(userId, ct);
        var positions = await access.PositionsAsync(userId, ct);
        if (!positions.Any(x => x.Roles.HasFlag(OrgRole.Leader) || x.Roles.HasFlag(OrgRole.DeputyLeader)))
        {
            throw new DomainException("evaluation.notALeader",
                "Tiêu chí đ, e chỉ chấm cho người giữ chức vụ lãnh đạo, quản lý. / Only a head or deputy head has criteria đ and e.");
        }

        var comment = string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim().Normalize();
        var score = await db.EvaluationLeadershipScores.FirstOrDefaultAsync(g => g.UserId == userId && g.PeriodKey == p.Key, ct);
        var previous = score is null ? null : new { score.Organise, score.Rally };
        if (score is null)
        {
            score = new LeadershipScore(Guid.CreateVersion7(), userId, p.Key);
            db.EvaluationLeadershipScores.Add(score);
        }

        score.Set(r.Organise!.Value, r.Rally!.Value, comment, access.CallerId, clock.GetUtcNow().UtcDateTime);
        audit.Record(EvaluationAudit.Entity, userId, EvaluationAudit.LeadershipScored, new { period = p.Key, organise = score.Organise, rally = score.Rally, previous }, comment);
        await db.SaveChangesAsync(ct);
        return new LeadershipScoresResponse(userId, p.Key, score.Organise, score.Rally, score.Comment);
    }

    private static bool IsFraction(decimal? v) => v is { } x && x >= 0 && x <= 1 && decimal.Round(x, 4) == x;
}
