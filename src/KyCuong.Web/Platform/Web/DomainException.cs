namespace KyCuong.Web;

/// <summary>
/// A business rule refuses the action: 409 with a stable <see cref="Code"/> (docs/api.md conventions), and optionally the figures
/// that made the rule refuse (written as extra members of the problem, e.g. <c>allowed</c> and <c>proposed</c>).
/// </summary>
internal sealed class DomainException(string code, string message, IReadOnlyDictionary<string, object?>? figures = null) : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, object?> Figures { get; } = figures ?? new Dictionary<string, object?>();
}
