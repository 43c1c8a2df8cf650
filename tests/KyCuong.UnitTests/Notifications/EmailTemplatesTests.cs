using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Notifications.Delivery;

namespace KyCuong.UnitTests.Notifications;

public sealed class EmailTemplatesTests
{
    private const string Base = "https://kycuong.angiang.gov.vn";

    private static readonly DateTime At = new(2026, 2, 3, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Notice_VietnameseCategoryLinkAndFooter_InBothParts()
    {
        var r = EmailTemplates.Notice("Trần Thị Hoa",
            new EmailTemplates.NoticeItem(NotificationCategories.Overdue, "Nhiệm vụ \"Báo cáo quý\" đã quá hạn", "Đề nghị báo cáo lý do.", "/Tasks/Details/42", At), Base);
        r.Subject.ShouldBe("[Kỷ Cương] Quá hạn: Nhiệm vụ \"Báo cáo quý\" đã quá hạn");
        r.Text.ShouldContain("Kính gửi Trần Thị Hoa,");
        r.Text.ShouldContain("Thời điểm: 09:00 03/02/2026");
        r.Text.ShouldContain(Base + "/Tasks/Details/42");
        r.Text.ShouldContain(Base + "/Notifications/Settings");
        r.Html.ShouldContain("href=\"" + Base + "/Tasks/Details/42\"");
        r.Html.ShouldContain(Base + "/Notifications/Settings");
        r.Text.IsNormalized(System.Text.NormalizationForm.FormC).ShouldBeTrue();
    }

    [Fact]
    public void Notice_HtmlIsEscaped()
    {
        var r = EmailTemplates.Notice("<b>A</b>", new EmailTemplates.NoticeItem("task", "<script>x</script>", "a & b", null, At), Base);
        r.Html.ShouldNotContain("<script>");
        r.Html.ShouldNotContain("<b>A</b>");
        r.Html.ShouldContain("&lt;script&gt;");
        r.Html.ShouldContain("a &amp; b");
    }

    [Fact]
    public void Notice_ForeignAbsoluteLink_NotLinked()
    {
        EmailTemplates.Absolute(Base, "https://evil.example/phish").ShouldBeNull();
        EmailTemplates.Absolute(Base, "//evil.example/phish").ShouldBeNull();
        EmailTemplates.Absolute(Base, Base + "/Tasks").ShouldBe(Base + "/Tasks");
        EmailTemplates.Absolute(Base, null).ShouldBeNull();
    }

    [Fact]
    public void Digest_ListsEveryNoticeWithItsCategory()
    {
        var r = EmailTemplates.Digest("Lê Văn Nam", new DateOnly(2026, 2, 3),
        [
            new(NotificationCategories.Reminder, "Còn 2 ngày", "", "/Tasks/Details/1", At),
            new(NotificationCategories.Consultation, "Xin ý kiến dự thảo", "", null, At.AddHours(1)),
        ], Base);
        r.Subject.ShouldBe("[Kỷ Cương] Tổng hợp thông báo ngày 03/02/2026 (2 thông báo)");
        r.Text.ShouldContain("1. [Nhắc hạn] 09:00 03/02/2026 – Còn 2 ngày");
        r.Text.ShouldContain("2. [Lấy ý kiến] 10:00 03/02/2026 – Xin ý kiến dự thảo");
        r.Text.ShouldContain("Gửi một thư tổng hợp mỗi ngày làm việc");
        r.Html.ShouldContain("<table");
    }

    [Fact]
    public void MessageId_StableForTheKey_DomainOfTheSender()
    {
        var a = MessageIds.For("email:chase:1:2", "kycuong@angiang.gov.vn");
        a.ShouldBe(MessageIds.For("email:chase:1:2", "kycuong@angiang.gov.vn"));
        a.ShouldNotBe(MessageIds.For("email:chase:1:3", "kycuong@angiang.gov.vn"));
        a.ShouldStartWith("<");
        a.ShouldEndWith("@angiang.gov.vn>");
    }

    [Fact]
    public void Key_LongKeysHashedWithinTheColumn()
    {
        MessageIds.Key("email:", "short").ShouldBe("email:short");
        var longKey = MessageIds.Key("email:", new string('x', 300));
        longKey.Length.ShouldBeLessThanOrEqualTo(200);
        longKey.ShouldStartWith("email:");
    }
}
