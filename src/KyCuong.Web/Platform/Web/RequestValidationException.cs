namespace KyCuong.Web;

/// <summary>Bad input: 400 problem details with <c>errors: {field: [messages]}</c>. Thrown before anything is written.</summary>
internal sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Dữ liệu không hợp lệ. / Invalid input.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
