using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations.DeadlineJob;

/// <summary>
/// Silence is consent (seed 002 §4, Công điện 968 §1.d; docs/domain.md §8). After the END of the due day, Vietnam time (Civil Code
/// 147–148: nothing is deemed before the day has ended), every consulted unit still pending is deemed to agree, and in the
/// same transaction: a draft notice to it, one report to the requester's superior (listing the silent and the delayed
/// units), a responsibility mark against the silent unit's head, audit rows and notices to people through the outbox.
/// Exactly once: each consultation is claimed with a conditional update of its "handled" instant, its pending rows are
/// locked with FOR UPDATE SKIP LOCKED on PostgreSQL and moved with a conditional update, and unique constraints on notices
/// and marks turn a second run or a second host into a no-op.
/// </summary>
internal sealed class ConsultationDeadlineJob(
    AppDbContext db, DatabaseKind database, IUnitDirectory units, IPeopleDirectory people, IDeadlineLedger ledger, AuditLog audit, INotifier notifier, TimeProvider clock,
    JobRunReport report, ILogger<ConsultationDeadlineJob> logger) : IBackgroundJob
{
    public const string JobName = "consultations.deadline";

    public string Name => JobName;

    public int Order => 20;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        // One consultation that cannot be handled (its transaction rolled back, so it stays unhandled) must not stop the
        // others: skipped for this run, tried again next run, and reported for an administrator.
        return await RowBatches.RunAsync(db, report, logger,
            // A due date before today has ended (the period ends at the end of its last day).
            (skipped, batch, token) => db.Consultations.AsNoTracking()
                .Where(c => c.DueDate < today && c.DeadlineHandledAtUtc == null && !skipped.Contains(c.Id))
                .OrderBy(c => c.DueDate).ThenBy(c => c.Id)
                .Select(c => c.Id).Take(batch).ToListAsync(token),
            async (id, token) =>
            {
                var (claimed, deemed) = await HandleOneAsync(id, today, token);
                return new RowBatches.Outcome(claimed, deemed);
            },
            id => $"Lấy ý kiến / consultation {id}", ct);
    }

    /// <returns>Whether this run claimed the consultation, and how many units it deemed to agree.</returns>
    internal async Task<(bool Claimed, int Deemed)> HandleOneAsync(Guid id, DateOnly today, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The claim: only one transaction moves the handled instant from null; a concurrent one waits on the row lock and
        // then finds it set (PostgreSQL re-checks the condition on the committed row), so it does nothing.
        var claimed = await db.Consultations.Where(c => c.Id == id && c.DeadlineHandledAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DeadlineHandledAtUtc, nowUtc), ct);
        if (claimed == 0)
        {
            await tx.RollbackAsync(ct);
            return (false, 0);
        }

        List<Guid> pendingIds;
        if (database.IsPostgres)
        {
            pendingIds = await db.Database.SqlQuery<Guid>(
                    $"SELECT \"Id\" AS \"Value\" FROM csl_participants WHERE \"ConsultationId\" = {id} AND \"Outcome\" = {Outcomes.Pending} FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);
        }
        else
        {
            pendingIds = await db.ConsultationParticipants.Where(p => p.ConsultationId == id && p.Outcome == Outcomes.Pending).Select(p => p.Id).ToListAsync(ct);
        }

        if (pendingIds.Count > 0)
        {
            // Conditional: only rows still pending (an answer that committed first keeps its own outcome).
            await db.ConsultationParticipants.Where(p => pendingIds.Contains(p.Id) && p.Outcome == Outcomes.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Outcome, Outcomes.DeemedAgreed).SetProperty(p => p.DeemedAtUtc, nowUtc), ct);
        }

        var c = await db.Consultations.AsNoTracking().Include(x => x.Participants).FirstAsync(x => x.Id == id, ct);
        var deemed = c.Participants.Where(p => pendingIds.Contains(p.Id) && p.Outcome == Outcomes.DeemedAgreed).ToList();
        var delayed = c.Participants.Where(p => p.Outcome == Outcomes.DelayNotified).ToList();
        if (deemed.Count > 0 || delayed.Count > 0)
        {
            await IssueAsync(c, deemed, delayed, today, nowUtc, ct);
        }

        await ledger.RemoveAsync(ConsultationAudit.DeadlineOwnerType, c.Id, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // A unique constraint says another host already issued these: nothing more to do.
            logger.LogWarning(ex, "Consultation {Id}: notices already issued elsewhere", id);
            await tx.RollbackAsync(CancellationToken.None);
            return (false, 0);
        }

        return (true, deemed.Count);
    }

    private async Task IssueAsync(
        Consultation c, List<ConsultationParticipant> deemed, List<ConsultationParticipant> delayed, DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var requester = await units.FindAsync(c.RequesterUnitId, ct)
            ?? throw new InvalidOperationException($"Consultation {c.Id}: requester unit missing");
        var superior = requester.ParentId is { } parentId ? await units.FindAsync(parentId, ct) : null;
        var names = await units.FindManyAsync(c.Participants.Select(p => p.UnitId).ToList(), ct);
        var silentIds = deemed.Select(p => p.UnitId).ToList();
        var headUnits = silentIds.Append(requester.Id).Concat(superior is null ? [] : [superior.Id]).ToList();
        var heads = (await people.PeopleInAsync(headUnits, today, ct))
            .Where(p => (p.Roles & (OrgRole.Leader | OrgRole.DeputyLeader)) != 0)
            .GroupBy(p => p.UnitId)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => (p.Roles & OrgRole.Leader) != 0 ? 0 : 1).ThenBy(p => p.FullName, StringComparer.Ordinal).First());
        var signer = heads.TryGetValue(requester.Id, out var requesterHead) ? requesterHead.Title.ToUpperInvariant() : "THỦ TRƯỞNG CƠ QUAN";
        var issuer = new NoticeDrafter.Issuer(requester, superior, signer);
        var link = $"/Consultations/Details/{c.Id}";

        foreach (var p in deemed)
        {
            var unit = names[p.UnitId];
            db.ConsultationNotices.Add(NoticeDrafter.DeemedAgreement(c, issuer, unit, today, nowUtc));
            var head = heads.GetValueOrDefault(p.UnitId);
            db.ConsultationMarks.Add(new ResponsibilityMark
            {
                Id = Guid.CreateVersion7(),
                ConsultationId = c.Id,
                UnitId = p.UnitId,
                HeadUserId = head?.UserId,
                HeadName = head?.FullName,
                // Seed 002 §4: "Cơ quan được lấy ý kiến không có ý kiến trả lời ... phải chịu trách nhiệm".
                Reason = $"Không trả lời ý kiến đúng hạn ({c.DueDate:dd/MM/yyyy}) về: {CreateConsultation.CreateConsultationHandler.Shorten(c.Subject)}",
                CreatedAtUtc = nowUtc,
            });
            audit.Record(ConsultationAudit.Entity, c.Id, ConsultationAudit.DeemedAgreed,
                new { unitId = p.UnitId, unitName = unit.Name, dueDate = c.DueDate, markedUserId = head?.UserId },
                "Quá hạn không trả lời: được xác định là đồng ý (Công điện 968/CĐ-TTg mục 1.d). / Deemed to agree after silence.");
            if (head is not null)
            {
                notifier.Notify(new NotificationRequest(head.UserId, NotificationCategories.Consultation,
                    $"Được xác định là đồng ý do không trả lời đúng hạn: {CreateConsultation.CreateConsultationHandler.Shorten(c.Subject)}",
                    $"{unit.Name} không trả lời {requester.Name} trước hết ngày {c.DueDate:dd/MM/yyyy}; đơn vị được xác định là đồng ý và người đứng đầu chịu trách nhiệm (ghi nhận trách nhiệm).",
                    link, $"consultation:{c.Id}:deemed:{p.UnitId}"));
            }
        }

        var toUnit = superior?.Id ?? requester.Id;
        var outcomes = c.Participants.Where(p => names.ContainsKey(p.UnitId))
            .Select(p => (names[p.UnitId], p.Outcome, p.Outcome == Outcomes.DelayNotified ? p.DelayReason : p.Reasoning)).ToList();
        db.ConsultationNotices.Add(NoticeDrafter.Report(c, issuer, toUnit, outcomes, today, nowUtc));
        audit.Record(ConsultationAudit.Entity, c.Id, ConsultationAudit.ReportedToSuperior,
            new { toUnitId = toUnit, deemedUnitIds = silentIds, delayedUnitIds = delayed.Select(p => p.UnitId) },
            "Hết hạn lấy ý kiến: báo cáo cấp có thẩm quyền. / The answer period ended: report to the competent level.");
        foreach (var userId in new[] { superior is null ? null : heads.GetValueOrDefault(superior.Id)?.UserId, c.RequestedByUserId ?? requesterHead?.UserId }.OfType<Guid>().Distinct())
        {
            notifier.Notify(new NotificationRequest(userId, NotificationCategories.Consultation,
                $"Hết hạn lấy ý kiến: {CreateConsultation.CreateConsultationHandler.Shorten(c.Subject)}",
                $"{silentIds.Count} đơn vị được xác định là đồng ý, {delayed.Count} đơn vị đã báo chậm trả lời. Dự thảo báo cáo cấp trên đã được lập.",
                link, $"consultation:{c.Id}:report:{userId}"));
        }
    }
}
