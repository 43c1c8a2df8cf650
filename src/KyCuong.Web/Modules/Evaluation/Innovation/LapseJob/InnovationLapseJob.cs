using KyCuong.Web.Modules.Evaluation.Innovation.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Evaluation.Innovation.LapseJob;

/// <summary>
/// A vote not held in time (docs/domain.md "Evaluation: innovation proposals"): NĐ 73/2023 Điều 8 khoản 1 gives the collective leadership seven
/// working days; once the last day has ended with no decision, the proposer and the body's head are told — the head now decides alone in
/// writing — exactly once per proposal. Each proposal is claimed with a conditional update of its <c>LapseNotifiedAtUtc</c> in the same
/// transaction as its notices and audit row (a second run or a second host finds it set; the notices' idempotency keys repeat nothing).
/// A proposal that cannot be handled (e.g. its body is gone) is rolled back, reported in the job run and tried again next run; the
/// others go on.
/// </summary>
internal sealed class InnovationLapseJob(AppDbContext db, IUnitDirectory units, IPeopleDirectory people, INotifier notifier, AuditLog audit, TimeProvider clock,
    JobRunReport report, ILogger<InnovationLapseJob> logger) : IBackgroundJob
{
    public const string JobName = "evaluation.innovationLapse";

    public const string LapsedAudit = "innovationLapsed";

    public string Name => JobName;

    public int Order => 140;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        return await RowBatches.RunAsync(db, report, logger,
            // A vote deadline before today has ended (InnovationProposal.IsLapsed).
            (skipped, batch, token) => db.EvaluationInnovationProposals.AsNoTracking()
                .Where(p => p.Status == ProposalStatus.Voting && p.VoteDeadline < today && p.LapseNotifiedAtUtc == null && !skipped.Contains(p.Id))
                .OrderBy(p => p.VoteDeadline).ThenBy(p => p.Id).Select(p => p.Id).Take(batch).ToListAsync(token),
            async (id, token) => new RowBatches.Outcome(true, await HandleOneAsync(id, today, token) ? 1 : 0),
            id => $"Đề xuất đổi mới, sáng tạo / innovation proposal {id}", ct);
    }

    private async Task<bool> HandleOneAsync(Guid id, DateOnly today, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.EvaluationInnovationProposals
            .Where(p => p.Id == id && p.Status == ProposalStatus.Voting && p.LapseNotifiedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LapseNotifiedAtUtc, nowUtc), ct);
        if (claimed == 0)
        {
            await tx.RollbackAsync(ct);
            return false;
        }

        var p = await db.EvaluationInnovationProposals.AsNoTracking().Include(x => x.Voters).FirstAsync(x => x.Id == id, ct);
        var body = await units.FindAsync(p.BodyUnitId, ct)
            ?? throw new InvalidOperationException($"Innovation proposal {id}: body unit {p.BodyUnitId} missing");
        var head = await people.HeadOfAsync(p.BodyUnitId, today, ct);
        var votes = $"{p.Voters.Count(v => v.InFavour is not null)}/{p.Voters.Count}";
        var link = $"/Evaluation/Innovation/Details/{p.Id}";
        // NĐ 73/2023 Điều 8 khoản 1: the leadership votes within 07 working days; a proposal not passed may still be carried out on the head's written decision.
        notifier.Notify(new NotificationRequest(p.ProposerUserId, InnovationProposals.NotificationCategory,
            $"Đề xuất đổi mới, sáng tạo quá hạn biểu quyết: {p.Title}",
            $"Tập thể lãnh đạo {body.Name} chưa quyết định đề xuất \"{p.Title}\" đến hết ngày {p.VoteDeadline:dd/MM/yyyy} ({votes} thành viên đã biểu quyết). "
            + "Đề xuất chưa được thông qua; người đứng đầu xem xét, quyết định bằng văn bản (Nghị định 73/2023/NĐ-CP).",
            link, $"innovation:{p.Id}:lapsed:{p.ProposerUserId}"));
        if (head is not null && head.UserId != p.ProposerUserId)
        {
            notifier.Notify(new NotificationRequest(head.UserId, InnovationProposals.NotificationCategory,
                $"Cần quyết định: đề xuất đổi mới, sáng tạo quá hạn biểu quyết — {p.Title}",
                $"Hết ngày {p.VoteDeadline:dd/MM/yyyy}, tập thể lãnh đạo chưa quyết định đề xuất \"{p.Title}\" ({votes} thành viên đã biểu quyết). "
                + "Đồng chí là người đứng đầu, xem xét và quyết định bằng văn bản (số, ngày, lý do) theo Nghị định 73/2023/NĐ-CP.",
                link, $"innovation:{p.Id}:lapsed:{head.UserId}"));
        }

        audit.Record(InnovationProposals.AuditEntity, p.Id, LapsedAudit,
            new { deadline = p.VoteDeadline, voted = p.Voters.Count(v => v.InFavour is not null), members = p.Voters.Count, proposer = p.ProposerUserId, head = head?.UserId },
            "Quá hạn biểu quyết: báo người đề xuất và người đứng đầu. / The vote lapsed: the proposer and the head are told.");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
