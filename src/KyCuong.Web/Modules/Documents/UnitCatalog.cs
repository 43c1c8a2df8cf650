using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Documents;

/// <summary>
/// The whole organisation directory for name matching (the directory is public to every signed-in official: ADR 0003).
/// Loaded once per scope through the Organisation contract.
/// </summary>
internal sealed class UnitCatalog(IUnitDirectory directory, TimeProvider clock)
{
    private IReadOnlyList<UnitRow>? _rows;

    public sealed class UnitRow
    {
        public Guid Id { get; set; }

        public string Name { get; set; } = "";

        public string ShortName { get; set; } = "";

        public Guid? ParentId { get; set; }

        public DateOnly? ValidFrom { get; set; }

        public DateOnly? ValidTo { get; set; }

        public bool IsInForceOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
    }

    public async Task<IReadOnlyList<UnitRow>> AllAsync(CancellationToken ct) =>
        _rows ??= (await directory.ListAsync(ct))
            .Select(u => new UnitRow { Id = u.Id, Name = u.Name, ShortName = u.ShortName, ParentId = u.ParentId, ValidFrom = u.ValidFrom, ValidTo = u.ValidTo })
            .ToList();

    public async Task<IReadOnlyList<UnitCandidate>> CandidatesAsync(DateOnly? on, CancellationToken ct)
    {
        var date = on ?? clock.Today();
        return (await AllAsync(ct)).Select(u => new UnitCandidate(u.Id, u.Name, u.ShortName, u.ParentId, u.IsInForceOn(date))).ToList();
    }

    public async Task<UnitRow?> FindAsync(Guid id, CancellationToken ct) => (await AllAsync(ct)).FirstOrDefault(u => u.Id == id);

    /// <summary>The unit whose folded name equals <paramref name="name"/>, preferring the one in force on <paramref name="on"/>.</summary>
    public async Task<UnitRow?> ExactAsync(string? name, DateOnly on, CancellationToken ct)
    {
        var folded = UnitNameMatcher.Fold(name);
        if (folded.Length == 0)
        {
            return null;
        }

        return (await AllAsync(ct)).Where(u => UnitNameMatcher.Fold(u.Name) == folded).OrderByDescending(u => u.IsInForceOn(on)).FirstOrDefault();
    }

    /// <summary>The unit and its ancestors, nearest first.</summary>
    public async Task<IReadOnlyList<Guid>> AncestorsAsync(Guid id, CancellationToken ct)
    {
        var all = (await AllAsync(ct)).ToDictionary(u => u.Id);
        var list = new List<Guid>();
        for (Guid? cur = id; cur is { } c && all.TryGetValue(c, out var row) && !list.Contains(c); cur = row.ParentId)
        {
            list.Add(c);
        }

        return list;
    }

    /// <summary>The unit and all its descendants.</summary>
    public async Task<IReadOnlySet<Guid>> SubtreeAsync(Guid id, CancellationToken ct)
    {
        var all = await AllAsync(ct);
        var set = new HashSet<Guid> { id };
        var added = true;
        while (added)
        {
            added = false;
            foreach (var u in all)
            {
                if (u.ParentId is { } p && set.Contains(p) && set.Add(u.Id))
                {
                    added = true;
                }
            }
        }

        return set;
    }
}
