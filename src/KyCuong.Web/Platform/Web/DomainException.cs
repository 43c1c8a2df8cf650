namespace KyCuong.Web;

/// <summary>A business rule refuses the action: 409 with a stable <see cref="Code"/> (docs/api.md conventions).</summary>
internal sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
