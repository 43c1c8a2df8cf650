using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>SMTP through <see cref="SmtpClient"/> (settings <c>Smtp:Host</c>, <c>Smtp:Port</c>, <c>Smtp:From</c>).</summary>
internal sealed class SmtpMailSender(IOptions<SmtpOptions> settings) : IMailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken ct)
    {
        var options = settings.Value;
        using var client = new SmtpClient(options.Host, options.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = options.EnableSsl,
            Timeout = options.TimeoutMilliseconds,
            UseDefaultCredentials = false,
        };
        using var message = new MailMessage
        {
            From = new MailAddress(options.From, options.FromName, Encoding.UTF8),
            Subject = email.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = email.TextBody,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(email.To, email.ToName, Encoding.UTF8));

        // The same Message-ID on a re-send after a half-finished attempt lets mail systems drop the duplicate.
        message.Headers.Add("Message-ID", email.MessageId);
        using var html = AlternateView.CreateAlternateViewFromString(email.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html);
        message.AlternateViews.Add(html);
        await client.SendMailAsync(message, ct);
    }
}
