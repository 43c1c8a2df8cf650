using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>Settings of the mail server (section <c>Smtp</c>); validated at start so a typo fails the start, not every e-mail.</summary>
internal sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Smtp";

    public bool Enabled { get; set; }

    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public string From { get; set; } = "kycuong@localhost";

    public string FromName { get; set; } = "Kỷ Cương";

    public bool EnableSsl { get; set; }

    [Range(100, 600_000)]
    public int TimeoutMilliseconds { get; set; } = 15000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return new ValidationResult("Smtp:Host là bắt buộc khi bật e-mail. / Smtp:Host is required when e-mail is enabled.", [nameof(Host)]);
        }

        if (!MailAddress.TryCreate(From, out _))
        {
            yield return new ValidationResult("Smtp:From không phải địa chỉ e-mail. / Smtp:From is not an e-mail address.", [nameof(From)]);
        }
    }
}

/// <summary>The address people open the system at, for links in e-mails (section <c>App</c>).</summary>
internal sealed class PublicUrlOptions
{
    public const string Section = "App";

    [Url]
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Without a trailing slash, ready to prefix a path.</summary>
    public string Root => BaseUrl.TrimEnd('/');
}
