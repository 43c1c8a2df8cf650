using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Chasing.Domain;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Chasing.Sweep;

/// <summary>
/// The deadline engine (issue 5 §2). Each run: (1) keeps one watch per open task with a due date, set-based — drops the
/// finished, re-plans moved due dates, follows hand-offs, inserts the missing in keyset pages; (2) claims due watches in
/// batches (PostgreSQL: several workers with <c>FOR UPDATE SKIP LOCKED</c>) and, per batch in one transaction, writes the
/// reminders, the audit rows, the notices (outbox) and the watches' next steps. A crash mid-batch rolls the whole batch
/// back; the unique reminder (task, step, recipient) and outbox keys make a double effect impossible even if two hosts race.
/// Steps are sent only on working days within working hours; a run at night leaves due rows for the next working morning.
/// </summary>
internal sealed class ChasingSweep(
    IServiceScopeFactory scopes, AppDbContext db, ChaseStore store, ITaskDeadlines deadlines, IUnitDirectory units, ICalendarService calendar,
    TimeProvider clock, IOptions<ChasingOptions> options, JobRunReport report, ILogger<ChasingSweep> logger) : IBackgroundJob
{
    public const string JobName = "chasing.sweep";

    private static readonly DateTime Epoch = DateTime.UnixEpoch;

    public string Name => JobName;

    public int Order => 100;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var synced = await SyncAsync(ct);
        var resolver = await LadderResolver.LoadAsync(db, units, calendar, ct);
        var inWorkingTime = resolver.AllPlans.Any(p => p.IsWorkingTime(now));
        var workers = store.IsPostgres ? options.Value.Workers : 1;
        var batchSize = options.Value.BatchSize;
        var results = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkAsync(resolver, now, today, !inWorkingTime, batchSize, ct)));
        var sent = results.Sum();
        logger.Log(synced + sent > 0 ? LogLevel.Information : LogLevel.Debug,
            "Chasing sweep: {Synced} watches synchronised, {Sent} reminders sent by {Workers} workers", synced, sent, workers);
        return sent;
    }

    /// <summary>Brings the watches in line with the open tasks, set-based (no task is loaded one by one).</summary>
    private async Task<int> SyncAsync(CancellationToken ct)
    {
        var open = deadlines.OpenWithDueDate();
        // Set-based over every watch and open task: bounded by its own timeout, not the provider's 30 s (ChasingOptions).
        var previousTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(options.Value.SyncTimeoutSeconds);
        try
        {
            return await SyncWatchesAsync(open, ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(previousTimeout);
        }
    }

    private async Task<int> SyncWatchesAsync(IQueryable<TaskDeadlineRow> open, CancellationToken ct)
    {
        var changed = await db.ChaseWatches.Where(w => !open.Any(t => t.TaskId == w.TaskId)).ExecuteDeleteAsync(ct);

        // An extension or an audited re-computation moved the due date: the ladder is re-planned (steps already sent are
        // never repeated, see ChaseWatch.LastStep).
        changed += await db.ChaseWatches.Where(w => open.Any(t => t.TaskId == w.TaskId && t.DueDate != w.DueDate))
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.DueDate, w => open.Where(t => t.TaskId == w.TaskId).Select(t => t.DueDate).First())
                .SetProperty(w => w.NextStep, ChaseWatch.Unplanned)
                .SetProperty(w => w.NextAtUtc, Epoch), ct);

        // docs/domain.md §6: after a hand-off or a re-routing the reminders go to whoever answers now.
        changed += await db.ChaseWatches.Where(w => open.Any(t => t.TaskId == w.TaskId
                && (t.AnswerableUserId != w.AnswerableUserId || t.LeadUnitId != w.LeadUnitId || t.AssignerUnitId != w.AssignerUnitId)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.AnswerableUserId, w => open.Where(t => t.TaskId == w.TaskId).Select(t => t.AnswerableUserId).First())
                .SetProperty(w => w.LeadUnitId, w => open.Where(t => t.TaskId == w.TaskId).Select(t => t.LeadUnitId).First())
                .SetProperty(w => w.AssignerUnitId, w => open.Where(t => t.TaskId == w.TaskId).Select(t => t.AssignerUnitId).First()), ct);

        var page = options.Value.SyncPageSize;
        var after = Guid.Empty;
        while (true)
        {
            var from = after;
            var missing = await open.Where(t => t.TaskId.CompareTo(from) > 0 && !db.ChaseWatches.Any(w => w.TaskId == t.TaskId))
                .OrderBy(t => t.TaskId).Take(page)
                .Select(t => new ChaseWatch
                {
                    TaskId = t.TaskId, AnswerableUserId = t.AnswerableUserId, LeadUnitId = t.LeadUnitId, AssignerUnitId = t.AssignerUnitId,
                    DueDate = t.DueDate, NextStep = ChaseWatch.Unplanned, NextAtUtc = Epoch,
                })
                .ToListAsync(ct);
            await store.InsertWatchesAsync(missing, ct);
            changed += missing.Count;
            if (missing.Count < page)
            {
                return changed;
            }

            after = missing[^1].TaskId;
        }
    }

    private async Task<int> WorkAsync(LadderResolver resolver, DateTime now, DateOnly today, bool onlyUnplanned, int batchSize, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var worker = new Worker(scope.ServiceProvider, resolver, now, today, report);
        var sent = 0;
        while (true)
        {
            // Until a claim comes back empty: a row just planned may be due at once (a task due today), and is sent in
            // the next round of the same run. Every handled row moves past now, so this ends.
            var (claimed, written) = await worker.RunBatchAsync(onlyUnplanned, batchSize, ct);
            sent += written;
            if (claimed == 0)
            {
                return sent;
            }
        }
    }

    /// <summary>One worker: its own scope, connection and caches.</summary>
    private sealed class Worker(IServiceProvider services, LadderResolver resolver, DateTime now, DateOnly today, JobRunReport report)
    {
        /// <summary>
        /// A watch the sweep cannot handle (a due date the working calendar cannot place, e.g. 9999-12-31 stored before dates
        /// were validated) must not stop the reminders of everyone else: it is skipped, reported for an administrator, and
        /// tried again a day later (so it stays reported until corrected, and the claim loop of this run ends).
        /// </summary>
        private void Skip(SweepBatch batch, ChaseWatch w, Exception ex)
        {
            report.Fail($"Nhắc việc / task {w.TaskId} (hạn / due {w.DueDate:yyyy-MM-dd})", ex);
            w.NextAtUtc = now.AddDays(1);
            batch.Updated.Add(w);
        }

        private readonly ChaseStore _store = services.GetRequiredService<ChaseStore>();
        private readonly AppDbContext _db = services.GetRequiredService<AppDbContext>();
        private readonly ITaskDeadlines _deadlines = services.GetRequiredService<ITaskDeadlines>();
        private readonly IPeopleDirectory _people = services.GetRequiredService<IPeopleDirectory>();
        private readonly FlagRaiser _flags = services.GetRequiredService<FlagRaiser>();
        private readonly Dictionary<Guid, Guid?> _heads = [];
        private readonly Dictionary<(Guid Assigner, Guid? Office), IReadOnlyList<Guid>> _monitors = [];

        // Many watches share a ladder and a due date (a directive's deadline): the ladder's arithmetic is done once per key.
        private readonly Dictionary<(LadderPlan Plan, DateOnly Due, int? Last), (int Step, DateTime AtUtc)> _plans = [];
        private readonly Dictionary<(LadderPlan Plan, DateOnly Due, int? Last), (int Step, int NextStep, DateTime NextAtUtc)?> _currents = [];

        private (int Step, DateTime AtUtc) PlanOf(LadderPlan plan, DateOnly due, int? last)
        {
            if (!_plans.TryGetValue((plan, due, last), out var r))
            {
                _plans[(plan, due, last)] = r = plan.Plan(due, last, today);
            }

            return r;
        }

        private (int Step, int NextStep, DateTime NextAtUtc)? CurrentOf(LadderPlan plan, DateOnly due, int? last)
        {
            if (!_currents.TryGetValue((plan, due, last), out var r))
            {
                _currents[(plan, due, last)] = r = plan.Current(due, last, now);
            }

            return r;
        }

        public async Task<(int Claimed, int Written)> RunBatchAsync(bool onlyUnplanned, int batchSize, CancellationToken ct)
        {
            await using var tx = await _store.BeginAsync(ct);
            var claimed = await _store.ClaimAsync(now, onlyUnplanned, batchSize, ct);
            if (claimed.Count == 0)
            {
                await tx.CommitAsync(ct);
                return (0, 0);
            }

            var batch = new SweepBatch();
            var due = new List<(ChaseWatch Watch, LadderPlan Plan, int Step, int NextStep, DateTime NextAt)>();
            foreach (var w in claimed)
            {
                try
                {
                    var plan = resolver.For(w.AssignerUnitId);
                    if (w.NextStep == ChaseWatch.Unplanned)
                    {
                        (w.NextStep, w.NextAtUtc) = PlanOf(plan, w.DueDate, w.LastStep);
                        batch.Updated.Add(w);
                    }
                    else if (!plan.IsWorkingTime(now))
                    {
                        // Nothing is sent outside working days and hours: the step waits for the next working morning.
                        w.NextAtUtc = plan.NextSendingInstant(now);
                        batch.Updated.Add(w);
                    }
                    else if (CurrentOf(plan, w.DueDate, w.LastStep) is { } current)
                    {
                        due.Add((w, plan, current.Step, current.NextStep, current.NextAtUtc));
                    }
                    else
                    {
                        (w.NextStep, w.NextAtUtc) = PlanOf(plan, w.DueDate, w.LastStep);
                        batch.Updated.Add(w);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Skip(batch, w, ex);
                }
            }

            if (due.Count > 0)
            {
                await AddEffectsAsync(batch, due, ct);
            }

            var tallies = await _store.FlushAsync(batch, ct);
            await _flags.RaiseAsync(tallies, resolver, bySystem: true, ct);
            await tx.CommitAsync(ct);
            _db.ChangeTracker.Clear();
            return (claimed.Count, batch.Reminders.Count);
        }

        private async Task AddEffectsAsync(SweepBatch batch, List<(ChaseWatch Watch, LadderPlan Plan, int Step, int NextStep, DateTime NextAt)> due, CancellationToken ct)
        {
            var ids = due.Select(d => d.Watch.TaskId).ToList();
            var open = await _deadlines.OpenWithDueDate().Where(t => ids.Contains(t.TaskId))
                .Select(t => new { t.TaskId, t.Title, t.DueDate }).ToDictionaryAsync(t => t.TaskId, ct);
            var answerableIds = due.Select(d => d.Watch.AnswerableUserId).OfType<Guid>().Distinct().ToList();
            var names = await _people.NamesAsync(answerableIds, ct);
            foreach (var (w, plan, step, nextStep, nextAt) in due)
            {
                if (!open.TryGetValue(w.TaskId, out var task))
                {
                    // Completed or returned since the sync: no more reminders.
                    batch.Deleted.Add(w.TaskId);
                    continue;
                }

                var marks = (batch.Reminders.Count, batch.Outbox.Count, batch.Audit.Count, batch.Updated.Count);
                var counted = new Dictionary<Guid, int>();
                try
                {
                    await AddEffectsOfOneAsync(batch, counted, w, plan, task.Title, task.DueDate, step, nextStep, nextAt, names, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Only this watch's rows are dropped; the rest of the batch goes on.
                    batch.Reminders.RemoveRange(marks.Item1, batch.Reminders.Count - marks.Item1);
                    batch.Outbox.RemoveRange(marks.Item2, batch.Outbox.Count - marks.Item2);
                    batch.Audit.RemoveRange(marks.Item3, batch.Audit.Count - marks.Item3);
                    batch.Updated.RemoveRange(marks.Item4, batch.Updated.Count - marks.Item4);
                    Skip(batch, w, ex);
                    continue;
                }

                foreach (var (user, n) in counted)
                {
                    batch.Counted[user] = batch.Counted.GetValueOrDefault(user) + n;
                }
            }
        }

        private async Task AddEffectsOfOneAsync(
            SweepBatch batch, Dictionary<Guid, int> counted, ChaseWatch w, LadderPlan plan, string title, DateOnly taskDueDate, int step, int nextStep, DateTime nextAt,
            IReadOnlyDictionary<Guid, string> names, CancellationToken ct)
        {
            if (taskDueDate != w.DueDate)
            {
                w.DueDate = taskDueDate;
                (w.NextStep, w.NextAtUtc) = PlanOf(plan, w.DueDate, w.LastStep);
                batch.Updated.Add(w);
                return;
            }

            var ladder = plan.Ladder;
            var answerable = w.AnswerableUserId ?? await HeadAsync(w.LeadUnitId, ct);
            var recipients = new List<(Guid User, string Kind, bool Counts)>();
            if (answerable is { } a)
            {
                // docs/domain.md §10 (seeds 002 §6–8, 004 §1): overdue reminders count against the answerable person; the notices
                // before the deadline are courtesy notices and do not count.
                recipients.Add((a, step >= 1 ? ReminderKinds.Overdue : ReminderKinds.Courtesy, step >= 1));
            }

            if (step >= 1 && step >= ladder.EscalateHeadFromStep && await HeadAsync(w.LeadUnitId, ct) is { } head && recipients.All(r => r.User != head))
            {
                recipients.Add((head, ReminderKinds.Escalation, false));
            }

            if (step >= 1 && step >= ladder.EscalateMonitorFromStep)
            {
                foreach (var m in await MonitorsAsync(w.AssignerUnitId, ladder.MonitoringOfficeUnitId, ct))
                {
                    if (recipients.All(r => r.User != m))
                    {
                        recipients.Add((m, ReminderKinds.Escalation, false));
                    }
                }
            }

            var answerableName = answerable is { } an ? names.GetValueOrDefault(an) : null;
            foreach (var (user, kind, counts) in recipients)
            {
                batch.Reminders.Add(new ReminderRecord
                {
                    Id = Guid.CreateVersion7(), TaskId = w.TaskId, Step = step, RecipientUserId = user, Kind = kind, Counts = counts, AtUtc = now, DueDate = w.DueDate,
                });
                var payload = ChaseNotices.ForStep(user, w.TaskId, title, w.DueDate, step, kind == ReminderKinds.Escalation, answerableName);
                batch.Outbox.Add(OutboxMessage.Create(NotificationTopics.Notification, $"chase:{w.TaskId}:{step}:{user}", payload, now));
                if (counts)
                {
                    counted[user] = counted.GetValueOrDefault(user) + 1;
                }
            }

            batch.Audit.Add(AuditLog.SystemEntry(now, ChasingAudit.TaskEntity, w.TaskId, ChasingAudit.Reminder,
                new { step, dueDate = w.DueDate, recipients = recipients.Select(r => new { userId = r.User, kind = r.Kind, counts = r.Counts }) }));
            w.LastStep = step;
            w.NextStep = nextStep;
            w.NextAtUtc = nextAt;
            batch.Updated.Add(w);
        }

        private async Task<Guid?> HeadAsync(Guid unitId, CancellationToken ct)
        {
            if (!_heads.TryGetValue(unitId, out var head))
            {
                _heads[unitId] = head = (await _people.HeadOfAsync(unitId, today, ct))?.UserId;
            }

            return head;
        }

        /// <summary>
        /// The monitoring office's monitors: the configured office, else the nearest unit at or above the assigner where a
        /// person holds the Monitor role (the Văn phòng that "theo dõi, đôn đốc" for the body that assigned the work).
        /// Without any monitor there, the office's head.
        /// </summary>
        private async Task<IReadOnlyList<Guid>> MonitorsAsync(Guid assignerUnitId, Guid? officeUnitId, CancellationToken ct)
        {
            if (_monitors.TryGetValue((assignerUnitId, officeUnitId), out var cached))
            {
                return cached;
            }

            IReadOnlyList<Guid> result = [];
            var line = officeUnitId is { } office ? [office] : resolver.AncestorLine(assignerUnitId);
            foreach (var unit in line)
            {
                var monitors = (await _people.PeopleInAsync([unit], today, ct)).Where(p => p.Roles.HasFlag(OrgRole.Monitor)).Select(p => p.UserId).Distinct().ToList();
                if (monitors.Count > 0)
                {
                    result = monitors;
                    break;
                }

                if (officeUnitId is not null && await HeadAsync(unit, ct) is { } head)
                {
                    result = [head];
                }
            }

            _monitors[(assignerUnitId, officeUnitId)] = result;
            return result;
        }
    }
}
