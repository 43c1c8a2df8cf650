using System.Diagnostics;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Demo;

/// <summary>
/// The demo's lived-in past (README "Demo accounts"): on the first start of a new demo database, the last
/// <see cref="WorkingDays"/> working days are replayed through the real handlers, as the demo accounts would have worked
/// them — letters registered, presented and directed, hand-offs, extensions, a return citing the competence catalogue, a
/// consultation where one department stays silent, a completion, a submission — and after each simulated day the jobs that
/// run the deadlines (the chasing sweep, the consultations' deadline, the outbox) run as they would have that afternoon.
/// <para>
/// A composition root: it builds a second container from the host's own registrations in which <see cref="TimeProvider"/> is
/// a clock it moves day by day, so every handler, audit row and notice carries the simulated date, while the host's container
/// and clock are untouched. Deterministic (seeded random, fixed scenes), played once (an audit row marks it, and a database
/// whose jobs have ever run is never given an invented past), and a scene that fails is logged and skipped.
/// </para>
/// </summary>
internal sealed class DemoHistory(
    DemoMode demo, DemoHistoryRegistrations registrations, AppDbContext db, AuditLog audit, ICalendarService calendar, IPeopleDirectory people,
    TimeProvider clock, ILogger<DemoHistory> logger) : IStartupSeeder
{
    /// <summary>About six weeks of working days.</summary>
    public const int WorkingDays = 30;

    public const string AuditEntity = "demo.history";

    public const string PlayedAction = "played";

    /// <summary>The jobs a working afternoon would have run, in their order (docs/adr/0006-deadline-engine.md).</summary>
    private static readonly HashSet<string> DailyJobs = new(StringComparer.Ordinal) { "consultations.deadline", "chasing.sweep", "reports.late", "outbox.drain" };

    private static readonly HashSet<string> DeliveryJobs = new(StringComparer.Ordinal) { "outbox.drain" };

    public int Order => 100;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!demo.Seed
            || await db.AuditEntries.AnyAsync(a => a.EntityType == AuditEntity, ct)
            || await db.JobRuns.AnyAsync(ct)
            || await people.FindUserIdAsync("chutich", ct) is null)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var today = clock.Today();
        var snapshot = await calendar.GetAsync(ct);
        var days = new List<DateOnly>();
        for (var d = today.AddDays(-1); days.Count < WorkingDays; d = d.AddDays(-1))
        {
            if (snapshot.IsWorkingDay(d))
            {
                days.Insert(0, d);
            }
        }

        // Marked before playing: a start interrupted half-way must not replay the scenes already written.
        audit.Record(AuditEntity, Guid.Empty, PlayedAction, new { from = days[0], to = days[^1], workingDays = days.Count });
        await db.SaveChangesAsync(ct);

        var simulated = new ManualTimeProvider(VietnamTime.StartOfDay(days[0]).AddHours(8));
        IServiceCollection services = new ServiceCollection();
        // What the modules want the past to use instead of the host's service (the exchange hub delivers to this installation's inbox).
        var replacements = registrations.Services.Where(d => d.ServiceType == typeof(DemoHistoryReplacement) && !d.IsKeyedService && d.ImplementationInstance is not null)
            .Select(d => (DemoHistoryReplacement)d.ImplementationInstance!).ToList();
        var replaced = replacements.Select(r => r.ServiceType).ToHashSet();
        foreach (var descriptor in registrations.Services)
        {
            if (descriptor.ServiceType != typeof(TimeProvider) && descriptor.ServiceType != typeof(ManualTimeProvider) && !replaced.Contains(descriptor.ServiceType))
            {
                services.Add(descriptor);
            }
        }

        foreach (var r in replacements)
        {
            services.Add(new ServiceDescriptor(r.ServiceType, r.Factory, ServiceLifetime.Scoped));
        }

        services.AddSingleton(simulated);
        services.AddSingleton<TimeProvider>(simulated);
        // Each step and job is resolved on its own, by its place among the registrations: resolving IEnumerable<T> in each
        // scope would build every step (and every job) with all its handlers to play one of them, 30 days over.
        AddIndexed<IDemoHistoryStep>(services);
        AddIndexed<IBackgroundJob>(services);
        // The replayed handlers and jobs log as they would at work; at start-up only their warnings matter (the summary follows).
        services.AddLogging(b => b.AddFilter((_, level) => level >= LogLevel.Warning));
        var tally = new DemoHistoryTally();
        await using (var provider = services.BuildServiceProvider())
        {
            var memory = new Dictionary<string, Guid>(StringComparer.Ordinal);
            var random = new Random(2026);
            int[] stepOrder;
            (string Name, int Index)[] dailyJobs, deliveryJobs;
            await using (var scope = provider.CreateAsyncScope())
            {
                stepOrder = [.. scope.ServiceProvider.GetServices<IDemoHistoryStep>().Select((step, index) => (step.Order, index)).OrderBy(x => x.Order).Select(x => x.index)];
                // The jobs' order is read once: listing them builds every job with its handlers, which 60 runs need not repeat.
                var all = scope.ServiceProvider.GetServices<IBackgroundJob>().Select((j, index) => (j.Name, j.Order, Index: index)).OrderBy(x => x.Order).ToArray();
                dailyJobs = [.. all.Where(x => DailyJobs.Contains(x.Name)).Select(x => (x.Name, x.Index))];
                deliveryJobs = [.. all.Where(x => DeliveryJobs.Contains(x.Name)).Select(x => (x.Name, x.Index))];
            }

            for (var i = 0; i < days.Count; i++)
            {
                // As the job host would have that morning: the sweep sends the day's steps from 08:00 (the ladder's SendAtMinute),
                // the deadline job deems the answers of consultations whose due day has ended, the outbox delivers.
                simulated.Set(VietnamTime.StartOfDay(days[i]).AddHours(8).AddMinutes(5));
                await RunJobsAsync(provider, days[i], dailyJobs, tally, ct);

                // Then the day's work from half past eight, one scene after another.
                simulated.Set(VietnamTime.StartOfDay(days[i]).AddHours(8).AddMinutes(30));
                foreach (var s in stepOrder)
                {
                    await using var scope = provider.CreateAsyncScope();
                    var sp = scope.ServiceProvider;
                    var step = sp.GetRequiredKeyedService<IDemoHistoryStep>(s);
                    var day = new DemoDay(i, days.Count, days[i], random, memory, simulated, sp.GetRequiredService<IHttpContextAccessor>(),
                        sp.GetRequiredService<IPeopleDirectory>(), sp.GetRequiredService<IUnitDirectory>(), sp.GetRequiredService<AppDbContext>(), tally, logger);
                    var stepStarted = Stopwatch.GetTimestamp();
                    await PlayAsync(step, day, tally, ct);
                    tally.Add(step.GetType().Name, Stopwatch.GetElapsedTime(stepStarted));
                }

                // The day's notices reach the inboxes before the office closes.
                simulated.Set(VietnamTime.StartOfDay(days[i]).AddHours(16).AddMinutes(30));
                await RunJobsAsync(provider, days[i], deliveryJobs, tally, ct);
            }
        }

        logger.LogInformation(
            "Đã tạo lịch sử mẫu {Days} ngày làm việc ({From:dd/MM/yyyy}–{To:dd/MM/yyyy}): {Played} bước, {Skipped} bước bỏ qua, {Ms} ms. / Demo history played.",
            days.Count, days[0], days[^1], tally.Played, tally.Skipped, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Demo history by step and job: {Parts}", string.Join(", ",
                tally.Elapsed.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {(long)kv.Value.TotalMilliseconds} ms")));
        }
    }

    /// <summary>
    /// Registers each implementation of <typeparamref name="T"/> once more under its index among them (the order
    /// <c>GetServices&lt;T&gt;()</c> yields), so that one of them can be built without the others.
    /// </summary>
    private static void AddIndexed<T>(IServiceCollection services)
    {
        var descriptors = services.Where(d => d.ServiceType == typeof(T) && !d.IsKeyedService).ToArray();
        for (var i = 0; i < descriptors.Length; i++)
        {
            var d = descriptors[i];
            services.Add(d switch
            {
                { ImplementationType: { } type } => new ServiceDescriptor(typeof(T), i, type, d.Lifetime),
                { ImplementationFactory: { } factory } => new ServiceDescriptor(typeof(T), i, (sp, _) => factory(sp), d.Lifetime),
                _ => new ServiceDescriptor(typeof(T), i, d.ImplementationInstance!),
            });
        }
    }

    /// <summary>A step failing outside its scenes (e.g. a demo unit renamed by an administrator) loses that day's part, nothing more.</summary>
    [global::System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types",
        Justification = "A failed simulated step is logged and skipped: the demo's past must never stop the host.")]
    private async Task PlayAsync(IDemoHistoryStep step, DemoDay day, DemoHistoryTally tally, CancellationToken ct)
    {
        try
        {
            await step.PlayAsync(day, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            tally.Skipped++;
            logger.LogWarning(e, "Lịch sử mẫu, {Date:dd/MM/yyyy}: {Step} lỗi: {Message}; bỏ qua. / Demo history: step failed and skipped.",
                day.Date, step.GetType().Name, e.Message);
        }
    }

    [global::System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types",
        Justification = "A failed simulated job run is logged and skipped: the demo's past must never stop the host.")]
    private async Task RunJobsAsync(ServiceProvider provider, DateOnly date, (string Name, int Index)[] jobs, DemoHistoryTally tally, CancellationToken ct)
    {
        foreach (var (name, index) in jobs)
        {
            await using var scope = provider.CreateAsyncScope();
            var jobStarted = Stopwatch.GetTimestamp();
            try
            {
                await scope.ServiceProvider.GetRequiredKeyedService<IBackgroundJob>(index).RunAsync(ct);
                tally.Add("job " + name, Stopwatch.GetElapsedTime(jobStarted));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                tally.Skipped++;
                logger.LogWarning(e, "Lịch sử mẫu, {Date:dd/MM/yyyy}: công việc nền {Job} lỗi: {Message}; bỏ qua. / Demo history: job failed and skipped.", date, name, e.Message);
            }
        }
    }
}
