namespace KyCuong.Web;

/// <summary>Collects field errors of a request and throws one <see cref="RequestValidationException"/> with all of them.</summary>
internal sealed class Validator
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public Validator Require(string? value, string field, string label, int maxLength = 500)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{label} là bắt buộc. / {field} is required.");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"{label} dài quá {maxLength} ký tự. / {field} is longer than {maxLength} characters.");
        }

        return this;
    }

    public Validator MaxLength(string? value, string field, string label, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"{label} dài quá {maxLength} ký tự. / {field} is longer than {maxLength} characters.");
        }

        return this;
    }

    public Validator Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            Add(field, message);
        }

        return this;
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public bool IsValid => _errors.Count == 0;

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new RequestValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}
