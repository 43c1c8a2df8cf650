namespace KyCuong.Web.Modules.Webhooks.Domain;

/// <summary>What a subscription must satisfy (docs/domain.md "Webhooks"); field errors are returned all at once.</summary>
internal static class SubscriptionRules
{
    public const int MaxUrlLength = 2000;
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 256;

    public static Dictionary<string, string> Check(string? url, IReadOnlyList<string?>? events, string? secret)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(url))
        {
            errors["url"] = "Địa chỉ nhận (url) là bắt buộc. / url is required.";
        }
        else if (url.Length > MaxUrlLength)
        {
            errors["url"] = $"Địa chỉ nhận dài quá {MaxUrlLength} ký tự. / url is longer than {MaxUrlLength} characters.";
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                 || string.IsNullOrEmpty(uri.Host) || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
        {
            errors["url"] = "Địa chỉ nhận phải là URL http hoặc https đầy đủ, không chứa tài khoản hay phần #. / url must be an absolute http or https URL without credentials or fragment.";
        }

        if (events is null || events.Count == 0)
        {
            errors["events"] = "Chọn ít nhất một loại sự kiện. / events must name at least one event kind.";
        }
        else if (events.FirstOrDefault(e => !WebhookEvents.IsKnown(e)) is var unknown && events.Any(e => !WebhookEvents.IsKnown(e)))
        {
            errors["events"] = $"Loại sự kiện không có: \"{unknown}\". Các loại có: {string.Join(", ", WebhookEvents.All.Select(k => k.Kind))}. / Unknown event kind.";
        }

        if (string.IsNullOrEmpty(secret) || secret.Length < MinSecretLength || secret.Length > MaxSecretLength)
        {
            errors["secret"] = $"Khóa bí mật dài từ {MinSecretLength} đến {MaxSecretLength} ký tự. / secret must be {MinSecretLength} to {MaxSecretLength} characters.";
        }

        return errors;
    }
}
