namespace KyCuong.Web;

/// <summary>
/// Bad input: 400 problem details with <c>errors: {field: [messages]}</c>. Thrown before anything is written. <see cref="Unprocessable"/>
/// makes it 422 with a stable <c>code</c>: the request is well formed but names something the rules refuse (e.g. a team leader who is not
/// on the team). A 422 may carry extra members of the problem (<see cref="Figures"/>, e.g. the <c>findings</c> of a check).
/// </summary>
internal sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors, int status = 400, string? code = null,
    IReadOnlyDictionary<string, object?>? figures = null)
    : Exception("Dữ liệu không hợp lệ. / Invalid input.")
{
    /// <summary>Extra members written into the problem beside <c>code</c> and <c>errors</c>.</summary>
    public IReadOnlyDictionary<string, object?> Figures { get; } = figures ?? new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>400, or 422 for <see cref="Unprocessable"/>.</summary>
    public int Status { get; } = status;

    /// <summary>The stable code of a 422, e.g. <c>inspection.teamLeaderNotOnTeam</c>; null for a plain 400.</summary>
    public string? Code { get; } = code;

    public static RequestValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>422 with <c>code</c> and <c>errors: {field: [message]}</c>.</summary>
    public static RequestValidationException Unprocessable(string code, string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }, 422, code);
}
