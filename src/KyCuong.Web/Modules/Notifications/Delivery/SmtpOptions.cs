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

    /// <summary>Account for SMTP AUTH; empty means the server takes mail without logging in (a relay that trusts this host).</summary>
    [StringLength(256)]
    public string? UserName { get; set; }

    [StringLength(256)]
    public string? Password { get; set; }

    /// <summary>Open connections at most, per node (the server's limit of connections per client, divided among the nodes).</summary>
    [Range(1, 100)]
    public int MaxConnections { get; set; } = 4;

    /// <summary>Messages a second at most, per node (the server's rate limit, divided among the nodes).</summary>
    [Range(1, 10_000)]
    public int MaxMessagesPerSecond { get; set; } = 20;

    /// <summary>A connection idle this long is closed rather than reused (servers drop idle clients, Postfix after 300 s).</summary>
    [Range(1, 3600)]
    public int IdleSeconds { get; set; } = 30;

    /// <summary>Messages over one connection before it is closed and a new one opened (servers limit this too).</summary>
    [Range(1, 100_000)]
    public int MessagesPerConnection { get; set; } = 100;

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

        if (!string.IsNullOrEmpty(Password) && string.IsNullOrEmpty(UserName))
        {
            yield return new ValidationResult("Smtp:Password cần Smtp:UserName. / Smtp:Password needs Smtp:UserName.", [nameof(UserName)]);
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
