using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Webhooks in Chromium (docs/domain.md "Webhooks"): the administrator finds the page in the admin menu, is told what is wrong with
/// a bad form, subscribes a receiver on loopback, sees a failed and a successful attempt in the delivery log and replays; the same
/// pages at phone width.
/// </summary>
[Collection("browser")]
public sealed class WebhookPagesTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Administrator_Subscribes_SeesDeliveryLog_Replays()
    {
        using var receiver = new LoopbackReceiver();
        receiver.FailNext = 1;

        var page = await fixture.SignedInPageAsync("admin");
        await BrowserFixture.NavigateAsync(page, "Quản trị", "Webhook — gửi sự kiện");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Webhook — gửi sự kiện sang hệ thống khác" })).ToBeVisibleAsync();

        var form = page.GetByTestId("webhook-create");
        await form.GetByLabel("Địa chỉ nhận (URL http hoặc https)").FillAsync("ftp://motcua.angiang.gov.vn/su-kien");
        await form.GetByLabel("Khóa bí mật (16–256 ký tự, dùng để kiểm tra chữ ký)").FillAsync("ngắn");
        await form.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        await Expect(page.GetByText("Địa chỉ nhận phải là URL http hoặc https đầy đủ", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByText("Chọn ít nhất một loại sự kiện.", new() { Exact = false })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "80-webhook-dang-ky-loi");

        await form.GetByLabel("Địa chỉ nhận (URL http hoặc https)").FillAsync(receiver.Url + "su-kien");
        await form.GetByLabel("Giao nhiệm vụ mới").CheckAsync();
        await form.GetByLabel("Hoàn thành nhiệm vụ").CheckAsync();
        await form.GetByLabel("Khóa bí mật (16–256 ký tự, dùng để kiểm tra chữ ký)").FillAsync("khoa-bi-mat-cua-mot-cua-2026");
        await form.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        await Expect(page.GetByText("Đã đăng ký.", new() { Exact = false })).ToBeVisibleAsync();
        var details = new Uri(page.Url).AbsolutePath;

        // A task in Sở Nội vụ; the first POST gets 500 (retried later), the replay goes through.
        using (var leader = await fixture.ApiAsync("giamdoc.snv"))
        using (var admin = await fixture.ApiAsync("admin"))
        {
            var units = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/units", Ct);
            var snv = units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Sở Nội vụ tỉnh An Giang").GetProperty("id").GetGuid();
            (await leader.PostAsJsonAsync("/api/v1/tasks",
                new { title = "Cập nhật danh mục thủ tục hành chính lên cổng một cửa", leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-02-20" }, Ct))
                .EnsureSuccessStatusCode();
            (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
        }

        receiver.Count.ShouldBeGreaterThanOrEqualTo(1);
        await page.GotoAsync(details);
        var log = page.GetByTestId("delivery-log");
        await Expect(log).ToContainTextAsync("Giao nhiệm vụ mới");
        await Expect(log).ToContainTextAsync("HTTP 500");
        var failed = log.Locator("li.list-group-item", new() { HasText = "HTTP 500" });
        await Expect(failed).ToContainTextAsync("Chờ thử lại");
        await failed.GetByRole(AriaRole.Button, new() { Name = "Gửi lại" }).ClickAsync();
        await Expect(page.GetByText("Đã đưa lượt gửi vào hàng đợi", new() { Exact = false })).ToBeVisibleAsync();
        using (var admin = await fixture.ApiAsync("admin"))
        {
            (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
        }

        await page.GotoAsync(details);
        var replayed = page.GetByTestId("delivery-log").Locator("li.list-group-item", new() { HasText = "HTTP 500" });
        await Expect(replayed).ToContainTextAsync("Đã gửi");
        await Expect(replayed).ToContainTextAsync("Lần 2");
        await Expect(replayed).ToContainTextAsync("mã 200");
        await Expect(page.GetByTestId("delivery-log")).Not.ToContainTextAsync("Chờ thử lại");
        await BrowserFixture.ScreenshotAsync(page, "81-webhook-nhat-ky-gui");
        await page.GotoAsync("/Webhooks");
        await Expect(page.GetByTestId("webhook-list")).ToContainTextAsync(receiver.Url + "su-kien");
        await BrowserFixture.ScreenshotAsync(page, "82-webhook-danh-sach");

        var phone = await fixture.SignedInPageAsync("admin", 375, 812, land: false);
        await phone.GotoAsync("/Webhooks");
        await BrowserFixture.ScreenshotAsync(phone, "83-webhook-danh-sach-dien-thoai");
        await phone.GotoAsync(details);
        await Expect(phone.GetByTestId("delivery-log")).ToContainTextAsync("Đã gửi");
        await BrowserFixture.ScreenshotAsync(phone, "84-webhook-nhat-ky-dien-thoai");

        // An official of a department has no such page.
        var official = await fixture.SignedInPageAsync("chuyenvien", land: false);
        var response = await official.GotoAsync("/Webhooks");
        (response!.Status == 403 || official.Url.Contains("AccessDenied", StringComparison.Ordinal)).ShouldBeTrue(official.Url);
    }

    /// <summary>A receiving system on 127.0.0.1 (a random free port): answers 500 to the first <see cref="FailNext"/> requests, then 200.</summary>
    private sealed class LoopbackReceiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private int _count;

        public LoopbackReceiver()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(LoopAsync);
        }

        public string Url { get; }

        public int FailNext { get; set; }

        public int Count => Volatile.Read(ref _count);

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }

                using (var reader = new StreamReader(context.Request.InputStream))
                {
                    await reader.ReadToEndAsync();
                }

                var n = Interlocked.Increment(ref _count);
                context.Response.StatusCode = n <= FailNext ? 500 : 200;
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
