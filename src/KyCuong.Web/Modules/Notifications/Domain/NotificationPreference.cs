namespace KyCuong.Web.Modules.Notifications.Domain;

/// <summary>
/// A person's e-mail choice: a default mode, and a mode of its own for any category the person set apart (docs/domain.md §6,
/// "Every step told": e-mail per the person's preferences). Without a row the mode is <see cref="EmailMode.Immediate"/> for all.
/// </summary>
internal sealed class NotificationPreference
{
    /// <summary>Room for every known category with the longest mode ("category=mode;" each).</summary>
    public const int CategoryModesMax = 1000;

    private NotificationPreference()
    {
    }

    public NotificationPreference(Guid userId, string emailMode, DateTime updatedAtUtc)
    {
        UserId = userId;
        EmailMode = emailMode;
        UpdatedAtUtc = updatedAtUtc;
    }

    public Guid UserId { get; private set; }

    public string EmailMode { get; private set; } = Domain.EmailMode.Immediate;

    /// <summary>The categories set apart, as <c>category=mode;…</c> in category order; null when none is.</summary>
    public string? CategoryModes { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public IReadOnlyDictionary<string, string> Overrides => ParseOverrides(CategoryModes);

    /// <summary>The mode that applies to a notice of <paramref name="category"/>.</summary>
    public string ModeFor(string category) => ModeFor(EmailMode, CategoryModes, category);

    public void Change(string emailMode, DateTime atUtc)
    {
        EmailMode = emailMode;
        UpdatedAtUtc = atUtc;
    }

    /// <summary>
    /// Sets the categories' own modes. A category whose mode is the default one is not kept apart (it follows the default if
    /// the default changes later). Categories and modes are checked by the caller (<see cref="CategoryNames.IsKnown"/>,
    /// <see cref="Domain.EmailMode.IsValid"/>).
    /// </summary>
    public void SetOverrides(IReadOnlyDictionary<string, string> overrides, DateTime atUtc)
    {
        var kept = overrides.Where(o => o.Value != EmailMode).OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        CategoryModes = kept.Count == 0 ? null : string.Concat(kept.Select(o => $"{o.Key}={o.Value};"));
        UpdatedAtUtc = atUtc;
    }

    public static string ModeFor(string defaultMode, string? categoryModes, string category) =>
        ParseOverrides(categoryModes).TryGetValue(category, out var mode) ? mode : defaultMode;

    public static IReadOnlyDictionary<string, string> ParseOverrides(string? categoryModes)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (categoryModes ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at > 0 && Domain.EmailMode.IsValid(pair[(at + 1)..]))
            {
                result[pair[..at]] = pair[(at + 1)..];
            }
        }

        return result;
    }
}
