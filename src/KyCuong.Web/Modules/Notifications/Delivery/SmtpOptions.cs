namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>Settings of the mail server (section <c>Smtp</c>) and of links in e-mails (<c>App:BaseUrl</c>).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public bool Enabled { get; set; }

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public string From { get; set; } = "kycuong@localhost";

    public string FromName { get; set; } = "Kỷ Cương";

    public bool EnableSsl { get; set; }

    public int TimeoutMilliseconds { get; set; } = 15000;

    public static SmtpOptions Read(IConfiguration configuration)
    {
        var options = new SmtpOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }

    public static string BaseUrl(IConfiguration configuration) =>
        (configuration["App:BaseUrl"] is { Length: > 0 } url ? url : "http://localhost:5080").TrimEnd('/');
}
