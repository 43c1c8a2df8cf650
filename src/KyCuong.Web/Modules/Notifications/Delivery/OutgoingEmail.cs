namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>One e-mail ready to send: plain text with an HTML alternative, and a stable Message-ID.</summary>
internal sealed record OutgoingEmail(string To, string? ToName, string Subject, string TextBody, string HtmlBody, string MessageId);
