using System.Security.Claims;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Platform.Demo;

/// <summary>
/// One simulated working day of the demo's past (<see cref="DemoHistory"/>): its place in the history, the seeded random,
/// what earlier scenes remembered (e.g. the task a direction created), and <see cref="ActAsync"/>, which runs one scene as a
/// demo account. A scene that fails is logged and skipped; the day and the host go on.
/// </summary>
internal sealed class DemoDay(
    int index, int count, DateOnly date, Random random, Dictionary<string, Guid> memory, ManualTimeProvider clock, IHttpContextAccessor http,
    IPeopleDirectory people, IUnitDirectory units, AppDbContext db, DemoHistoryTally tally, ILogger logger)
{
    /// <summary>0 for the first simulated working day; <see cref="Count"/> would be today.</summary>
    public int Index { get; } = index;

    /// <summary>How many working days the history covers (the last one is the working day before today).</summary>
    public int Count { get; } = count;

    /// <summary>The simulated date (Vietnam).</summary>
    public DateOnly Date { get; } = date;

    /// <summary>Seeded, so every demo database gets the same history.</summary>
    public Random Random { get; } = random;

    public bool Is(int index) => Index == index;

    public void Remember(string key, Guid id) => memory[key] = id;

    public Guid? Recall(string key) => memory.TryGetValue(key, out var id) ? id : null;

    /// <summary>The unit in force with this exact name (the demo organisation's names, README "Demo accounts").</summary>
    public async Task<Guid> UnitAsync(string name, CancellationToken ct) =>
        (await units.ListAsync(ct)).FirstOrDefault(u => u.Name == name && u.ValidTo is null)?.Id
        ?? throw new InvalidOperationException($"Không có đơn vị mẫu \"{name}\". / Demo unit missing.");

    public async Task<Guid> UserAsync(string userName, CancellationToken ct) =>
        await people.FindUserIdAsync(userName, ct) ?? throw new InvalidOperationException($"Không có tài khoản mẫu {userName}. / Demo account missing.");

    /// <summary>Runs one scene as the demo account <paramref name="userName"/>; false when the account is missing or the scene failed.</summary>
    [global::System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types",
        Justification = "A failed simulated step is logged and skipped: the demo's past must never stop the host.")]
    public async Task<bool> ActAsync(string userName, string scene, Func<Task> action, CancellationToken ct)
    {
        var previous = http.HttpContext;
        try
        {
            var userId = await people.FindUserIdAsync(userName, ct);
            if (userId is null)
            {
                logger.LogWarning("Lịch sử mẫu, {Date:dd/MM/yyyy}: không có tài khoản {User}; bỏ qua \"{Scene}\". / Demo history: account missing, scene skipped.",
                    Date, userName, scene);
                tally.Skipped++;
                return false;
            }

            // Each scene a little later than the last, so the histories read in the order things were done.
            clock.Advance(TimeSpan.FromMinutes(Random.Next(5, 25)));
            http.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity(
                    [new Claim(ClaimTypes.NameIdentifier, userId.Value.ToString()), new Claim(ClaimTypes.Name, userName)], "demo-history")),
            };
            await action();
            tally.Played++;
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // What the failed scene left in the unit of work must not be saved by the next one.
            db.ChangeTracker.Clear();
            tally.Skipped++;
            logger.LogWarning(e, "Lịch sử mẫu, {Date:dd/MM/yyyy}: \"{Scene}\" ({User}) không thực hiện được: {Message}; bỏ qua. / Demo history: scene failed and skipped.",
                Date, scene, userName, e.Message);
            return false;
        }
        finally
        {
            http.HttpContext = previous;
        }
    }
}

/// <summary>How many scenes of the demo history were played and skipped (logged at the end).</summary>
internal sealed class DemoHistoryTally
{
    public int Played { get; set; }

    public int Skipped { get; set; }

    /// <summary>Wall time per step and per job over the whole past, logged at Debug: the demo's past has a share of the cold-start budget.</summary>
    public Dictionary<string, TimeSpan> Elapsed { get; } = new(StringComparer.Ordinal);

    public void Add(string name, TimeSpan elapsed) => Elapsed[name] = Elapsed.GetValueOrDefault(name) + elapsed;
}
