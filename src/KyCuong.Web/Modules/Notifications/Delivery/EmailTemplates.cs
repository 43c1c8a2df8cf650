using System.Globalization;
using System.Net;
using System.Text;
using KyCuong.Web.Modules.Notifications.Domain;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>Vietnamese e-mails (plain text and HTML) for one notice and for the daily digest.</summary>
internal static class EmailTemplates
{
    public sealed record NoticeItem(string Category, string Subject, string Body, string? Link, DateTime CreatedAtUtc);

    public sealed record Rendered(string Subject, string Text, string Html);

    public static Rendered Notice(string recipientName, NoticeItem notice, string baseUrl)
    {
        var category = CategoryNames.Vietnamese(notice.Category);
        var link = Absolute(baseUrl, notice.Link);
        var subject = OneLine($"[Kỷ Cương] {category}: {notice.Subject}");

        var text = new StringBuilder()
            .Append("Kính gửi ").Append(recipientName).AppendLine(",").AppendLine()
            .Append("Loại thông báo: ").AppendLine(category)
            .Append("Thời điểm: ").AppendLine(Vietnam(notice.CreatedAtUtc)).AppendLine()
            .AppendLine(notice.Subject);
        if (!string.IsNullOrWhiteSpace(notice.Body))
        {
            text.AppendLine().AppendLine(notice.Body);
        }

        text.AppendLine().Append("Xem chi tiết: ").AppendLine(link ?? baseUrl + "/Notifications");
        text.AppendLine().Append(TextFooter(baseUrl, EmailMode.Immediate));

        var html = new StringBuilder()
            .Append(HtmlHead(subject))
            .Append("<p>Kính gửi ").Append(E(recipientName)).Append(",</p>")
            .Append("<p><strong>").Append(E(category)).Append("</strong> – ").Append(E(Vietnam(notice.CreatedAtUtc))).Append("</p>")
            .Append("<h2 style=\"font-size:16px\">").Append(E(notice.Subject)).Append("</h2>");
        if (!string.IsNullOrWhiteSpace(notice.Body))
        {
            html.Append("<p>").Append(E(notice.Body).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        html.Append("<p><a href=\"").Append(E(link ?? baseUrl + "/Notifications")).Append("\">Xem chi tiết</a></p>")
            .Append(HtmlFooter(baseUrl, EmailMode.Immediate))
            .Append("</body></html>");
        return new Rendered(subject, text.ToString(), html.ToString());
    }

    public static Rendered Digest(string recipientName, DateOnly date, IReadOnlyList<NoticeItem> notices, string baseUrl)
    {
        var day = date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var subject = $"[Kỷ Cương] Tổng hợp thông báo ngày {day} ({notices.Count} thông báo)";
        var text = new StringBuilder()
            .Append("Kính gửi ").Append(recipientName).AppendLine(",").AppendLine()
            .Append("Các thông báo gửi đến bạn từ lần tổng hợp trước đến ngày ").Append(day).Append(" (").Append(notices.Count).AppendLine(" thông báo):").AppendLine();
        var html = new StringBuilder()
            .Append(HtmlHead(subject))
            .Append("<p>Kính gửi ").Append(E(recipientName)).Append(",</p>")
            .Append("<p>Các thông báo gửi đến bạn từ lần tổng hợp trước đến ngày ").Append(E(day)).Append(" (").Append(notices.Count).Append(" thông báo):</p>")
            .Append("<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\"><thead><tr><th>Thời điểm</th><th>Loại</th><th>Nội dung</th></tr></thead><tbody>");
        var i = 0;
        foreach (var n in notices)
        {
            i++;
            var category = CategoryNames.Vietnamese(n.Category);
            var link = Absolute(baseUrl, n.Link);
            text.Append(i).Append(". [").Append(category).Append("] ").Append(Vietnam(n.CreatedAtUtc)).Append(" – ").AppendLine(n.Subject);
            if (link is not null)
            {
                text.Append("   ").AppendLine(link);
            }

            html.Append("<tr><td>").Append(E(Vietnam(n.CreatedAtUtc))).Append("</td><td>").Append(E(category)).Append("</td><td>");
            html.Append(link is null ? E(n.Subject) : $"<a href=\"{E(link)}\">{E(n.Subject)}</a>").Append("</td></tr>");
        }

        text.AppendLine().Append("Hộp thông báo: ").Append(baseUrl).AppendLine("/Notifications").AppendLine().Append(TextFooter(baseUrl, EmailMode.Digest));
        html.Append("</tbody></table>")
            .Append("<p><a href=\"").Append(E(baseUrl + "/Notifications")).Append("\">Mở hộp thông báo</a></p>")
            .Append(HtmlFooter(baseUrl, EmailMode.Digest))
            .Append("</body></html>");
        return new Rendered(subject, text.ToString(), html.ToString());
    }

    /// <summary>A link in the app made absolute with <c>App:BaseUrl</c>; other absolute links are kept only when on the same site.</summary>
    public static string? Absolute(string baseUrl, string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
        {
            return baseUrl + link;
        }

        return link.StartsWith(baseUrl + "/", StringComparison.OrdinalIgnoreCase) ? link : null;
    }

    private static string TextFooter(string baseUrl, string mode) =>
        $"--\nBạn nhận thư này vì chế độ nhận thư của bạn là \"{EmailMode.Label(mode)}\".\n" +
        $"Để đổi (gửi ngay, tổng hợp hằng ngày hoặc không gửi), vào {baseUrl}/Notifications/Settings.\n" +
        "Thư gửi tự động từ hệ thống Kỷ Cương, vui lòng không trả lời.\n";

    private static string HtmlFooter(string baseUrl, string mode) =>
        "<hr><p style=\"font-size:12px;color:#555\">Bạn nhận thư này vì chế độ nhận thư của bạn là \"" + E(EmailMode.Label(mode)) + "\". " +
        "Để đổi (gửi ngay, tổng hợp hằng ngày hoặc không gửi), vào <a href=\"" + E(baseUrl + "/Notifications/Settings") + "\">Cài đặt thông báo</a>. " +
        "Thư gửi tự động từ hệ thống Kỷ Cương, vui lòng không trả lời.</p>";

    private static string HtmlHead(string subject) =>
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + E(subject) + "</title></head><body style=\"font-family:Arial,sans-serif\">";

    private static string Vietnam(DateTime utc) =>
        Platform.Time.VietnamTime.ToVietnam(utc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string OneLine(string text)
    {
        var s = text.ReplaceLineEndings(" ");
        return s.Length <= 250 ? s : s[..249] + "…";
    }
}
