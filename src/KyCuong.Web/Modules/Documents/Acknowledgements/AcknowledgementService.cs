using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents.Acknowledgements;

/// <summary>One person still to acknowledge, or one who has.</summary>
internal sealed record AcknowledgementPerson(Guid UserId, string FullName, Guid UnitId, DateTimeOffset? AcknowledgedAt, string? Commitment);

/// <summary><c>{"required","acknowledged","missing":[{"userId","fullName"}]}</c> for one unit (with its subtree) or the whole campaign.</summary>
internal sealed record AcknowledgementCoverage(
    Guid DocumentId, Guid? UnitId, int Required, int Acknowledged, IReadOnlyList<AcknowledgementPerson> Missing, IReadOnlyList<AcknowledgementPerson> AcknowledgedBy);

/// <summary>What the signed-in person may do with a document's acknowledgement (the document page's button and link).</summary>
internal sealed record AcknowledgementState(bool Campaign, bool RequiredOfMe, DateTimeOffset? AcknowledgedAt, string? Commitment, bool MaySeeCoverage, IReadOnlyList<Guid> RecipientUnitIds);

/// <summary>
/// Acknowledgement of a directive ("quán triệt đến từng cán bộ, công chức", docs/domain.md "Acknowledgement of directives"): every
/// official holding a position today in a recipient unit or below it confirms once, optionally with a short commitment. Coverage
/// with names is for the unit's leaders and superiors (AssignWork there), the monitoring office (Monitor there or on the direction's
/// focal unit) and administrators; anyone else gets 404, as for a document they may not see.
/// </summary>
internal sealed class AcknowledgementService(
    AppDbContext db, DocumentVisibility visibility, AcknowledgementReach reach, IAccessControl access, IPeopleDirectory people, IUnitDirectory units,
    ICurrentUser currentUser, AuditLog audit, INotifier notifier, TimeProvider clock, ILogger<AcknowledgementService> logger)
{
    public const string AlreadyGiven = "acknowledgement.alreadyGiven";

    public const string NotRequired = "acknowledgement.notRequired";

    /// <summary>The audit action of a round of reminders (by a leader or by the daily job).</summary>
    public const string RemindersAudit = "acknowledgementReminders";

    public static NotFoundException NotFound() => new("Không tìm thấy văn bản hoặc văn bản không yêu cầu quán triệt. / Document not found or no acknowledgement required.");

    public async Task<AcknowledgementCampaign?> CampaignAsync(Guid documentId, CancellationToken ct) =>
        await db.AcknowledgementCampaigns.AsNoTracking().Include(c => c.Units).FirstOrDefaultAsync(c => c.DocumentId == documentId, ct);

    /// <summary>Is the signed-in person one of the officials the campaign reaches?</summary>
    public async Task<bool> IsRequiredOfMeAsync(AcknowledgementCampaign campaign, CancellationToken ct)
    {
        var mine = await reach.MineAsync(ct);
        return campaign.Units.Any(u => mine.Contains(u.UnitId));
    }

    public async Task<DocumentAcknowledgement> AcknowledgeAsync(Guid documentId, string? commitment, CancellationToken ct)
    {
        var me = currentUser.UserId ?? throw NotFound();
        var text = string.IsNullOrWhiteSpace(commitment) ? null : commitment.Trim().Normalize(System.Text.NormalizationForm.FormC);
        var campaign = await CampaignAsync(documentId, ct);
        var required = campaign is not null && await IsRequiredOfMeAsync(campaign, ct);
        if (!required)
        {
            // Someone who may see the document learns that nothing is asked of them; anyone else, that there is no such document.
            _ = await visibility.GetAsync(documentId, ct);
            throw new DomainException(NotRequired, "Văn bản này không yêu cầu đồng chí xác nhận quán triệt. / This document does not ask you to acknowledge it.");
        }

        new Validator().MaxLength(text, "commitment", "Cam kết", DocumentAcknowledgement.CommitmentMaxLength).ThrowIfInvalid();
        if (await db.DocumentAcknowledgements.AnyAsync(a => a.DocumentId == documentId && a.UserId == me, ct))
        {
            throw new DomainException(AlreadyGiven, "Đồng chí đã xác nhận đã đọc, quán triệt văn bản này. / You have already acknowledged this document.");
        }

        var ack = new DocumentAcknowledgement
        {
            Id = Guid.CreateVersion7(), DocumentId = documentId, UserId = me, AtUtc = clock.GetUtcNow().UtcDateTime, Commitment = text,
        };
        db.DocumentAcknowledgements.Add(ack);
        audit.Record("document", documentId, "acknowledged", new { ackId = ack.Id, commitment = text });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two clicks at once: the unique (document, person) index keeps one; the second is the same refusal as above.
            throw new DomainException(AlreadyGiven, "Đồng chí đã xác nhận đã đọc, quán triệt văn bản này. / You have already acknowledged this document.");
        }

        return ack;
    }

    /// <summary>Coverage for <paramref name="unitId"/> and its subtree, or for every recipient unit when null; 404 unless the caller may see names.</summary>
    public async Task<AcknowledgementCoverage> CoverageAsync(Guid documentId, Guid? unitId, CancellationToken ct)
    {
        var (campaign, doc) = await LoadAsync(documentId, ct);
        if (unitId is { } u && await units.FindAsync(u, ct) is null)
        {
            throw NotFound();
        }

        if (!await MaySeeCoverageAsync(campaign, doc.FocalUnitId, unitId, ct))
        {
            throw NotFound();
        }

        return await ComputeAsync(campaign, unitId, ct);
    }

    /// <summary>
    /// Reminds everyone still missing in <paramref name="unitId"/> (or in every recipient unit) through the Notifications contract,
    /// at most once a day per person (a row per person and day); a person who cannot be reminded is logged and skipped, never stops the others.
    /// </summary>
    public async Task<int> RemindMissingAsync(Guid documentId, Guid? unitId, CancellationToken ct)
    {
        var (campaign, doc) = await LoadAsync(documentId, ct);
        if (unitId is { } u && await units.FindAsync(u, ct) is null)
        {
            throw NotFound();
        }

        if (!await MaySeeCoverageAsync(campaign, doc.FocalUnitId, unitId, ct))
        {
            throw NotFound();
        }

        return await SendRemindersAsync(campaign, doc, unitId, currentUser.UserId, ct);
    }

    /// <summary>
    /// The reminders themselves, without an access check (the endpoint checks before; the daily job acts for the system): everyone still
    /// missing who has not been reminded today gets one notice; the rows, the audit row and the notices commit together.
    /// </summary>
    internal async Task<int> SendRemindersAsync(AcknowledgementCampaign campaign, Document doc, Guid? unitId, Guid? byUserId, CancellationToken ct)
    {
        var documentId = campaign.DocumentId;
        var coverage = await ComputeAsync(campaign, unitId, ct);
        var today = clock.Today();
        var label = doc.NumberSymbol is null ? doc.Subject : $"{doc.Type ?? "Văn bản"} số {doc.NumberSymbol}";
        var ids = coverage.Missing.Select(p => p.UserId).ToList();
        var already = (await db.AcknowledgementReminders.AsNoTracking().Where(r => r.DocumentId == documentId && r.On == today && ids.Contains(r.UserId))
            .Select(r => r.UserId).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = 0;
        foreach (var person in coverage.Missing.Where(p => !already.Contains(p.UserId)))
        {
            try
            {
                db.AcknowledgementReminders.Add(new AcknowledgementReminder { DocumentId = documentId, UserId = person.UserId, On = today, AtUtc = now, ByUserId = byUserId });
                notifier.Notify(new NotificationRequest(person.UserId, NotificationCategories.Reminder,
                    $"Đề nghị đọc, quán triệt: {Cut(label, 150)}",
                    $"Đồng chí chưa xác nhận đã đọc, quán triệt {label} — {Cut(doc.Subject, 300)}. Đề nghị đồng chí đọc văn bản và bấm «Đã đọc, quán triệt».",
                    $"/Documents/Details/{documentId}", $"ack-remind:{documentId}:{person.UserId}:{today:yyyy-MM-dd}"));
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Acknowledgement reminder to {UserId} for document {DocumentId} not queued", person.UserId, documentId);
            }
        }

        audit.Record("document", documentId, RemindersAudit, new { unitId, reminded = sent, missing = coverage.Missing.Count, alreadyToday = already.Count, bySystem = byUserId is null });
        await db.SaveChangesAsync(ct);
        return sent;
    }

    /// <summary>The document page's view of the campaign for the signed-in person.</summary>
    public async Task<AcknowledgementState> StateAsync(Guid documentId, Guid? focalUnitId, CancellationToken ct)
    {
        var campaign = await CampaignAsync(documentId, ct);
        if (campaign is null)
        {
            return new AcknowledgementState(false, false, null, null, false, []);
        }

        var requiredOfMe = await IsRequiredOfMeAsync(campaign, ct);
        var mine = currentUser.UserId is { } me
            ? await db.DocumentAcknowledgements.AsNoTracking().FirstOrDefaultAsync(a => a.DocumentId == documentId && a.UserId == me, ct)
            : null;
        var maySee = await MaySeeCoverageAsync(campaign, focalUnitId, null, ct);
        if (!maySee)
        {
            foreach (var unit in campaign.Units)
            {
                if (await MaySeeCoverageAsync(campaign, focalUnitId, unit.UnitId, ct))
                {
                    maySee = true;
                    break;
                }
            }
        }

        return new AcknowledgementState(true, requiredOfMe, mine is null ? null : VietnamTime.ToVietnam(mine.AtUtc), mine?.Commitment, maySee,
            [.. campaign.Units.Select(u => u.UnitId)]);
    }

    /// <summary>The unit's leaders and superiors, the monitoring office over it or of the direction's focal unit, administrators.</summary>
    public async Task<bool> MaySeeCoverageAsync(AcknowledgementCampaign campaign, Guid? focalUnitId, Guid? unitId, CancellationToken ct)
    {
        if (await access.IsAdministratorAsync(ct) || (focalUnitId is { } focal && await access.HasAsync(Permission.Monitor, focal, ct)))
        {
            return true;
        }

        foreach (var u in unitId is { } one ? [one] : campaign.Units.Select(x => x.UnitId))
        {
            if (!await access.HasAsync(Permission.AssignWork, u, ct) && !await access.HasAsync(Permission.Monitor, u, ct))
            {
                return false;
            }
        }

        return true;
    }

    internal async Task<AcknowledgementCoverage> ComputeAsync(AcknowledgementCampaign campaign, Guid? unitId, CancellationToken ct)
    {
        var reached = new HashSet<Guid>();
        foreach (var u in campaign.Units)
        {
            reached.UnionWith(await units.Subtree(u.UnitId).ToListAsync(ct));
        }

        if (unitId is { } scope)
        {
            reached.IntersectWith(await units.Subtree(scope).ToListAsync(ct));
        }

        var positions = await people.PeopleInAsync(reached, clock.Today(), ct);
        var persons = positions.GroupBy(p => p.UserId).Select(g => g.OrderBy(p => p.UnitId).First()).ToList();
        var ids = persons.Select(p => p.UserId).ToList();
        var acks = await db.DocumentAcknowledgements.AsNoTracking().Where(a => a.DocumentId == campaign.DocumentId && ids.Contains(a.UserId))
            .ToDictionaryAsync(a => a.UserId, ct);
        var byName = persons.OrderBy(p => p.FullName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ThenBy(p => p.UserId).ToList();
        var missing = byName.Where(p => !acks.ContainsKey(p.UserId)).Select(p => new AcknowledgementPerson(p.UserId, p.FullName, p.UnitId, null, null)).ToList();
        var done = byName.Where(p => acks.ContainsKey(p.UserId))
            .Select(p => new AcknowledgementPerson(p.UserId, p.FullName, p.UnitId, VietnamTime.ToVietnam(acks[p.UserId].AtUtc), acks[p.UserId].Commitment)).ToList();
        return new AcknowledgementCoverage(campaign.DocumentId, unitId, persons.Count, done.Count, missing, done);
    }

    internal async Task<(AcknowledgementCampaign Campaign, Document Doc)> LoadAsync(Guid documentId, CancellationToken ct)
    {
        var campaign = await CampaignAsync(documentId, ct) ?? throw NotFound();
        var doc = await db.Documents.AsNoTracking().FirstAsync(d => d.Id == documentId, ct);
        return (campaign, doc);
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");
}
