using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// The task pages in Chromium (docs/domain.md §6): assigning, the hand-off chain, progress, completion, a return, another branch's
/// blindness, the dashboard and its CSV, bad input, and the phone layout. The host's clock is Tue 03/02/2026 09:00 (UTC+7).
/// </summary>
[Collection("browser")]
public sealed partial class TaskPagesTests(BrowserFixture fixture)
{
    private const string SoNoiVu = "Sở Nội vụ tỉnh An Giang";
    private const string SoTuPhap = "Sở Tư pháp tỉnh An Giang";
    private const string UbndTinh = "Ủy ban nhân dân tỉnh An Giang";

    [Fact]
    public async Task Leader_AssignsTenWorkingDays_DueDateSkipsTet_AndLeadCompletesOnTime()
    {
        var title = $"Rà soát thủ tục hành chính nội bộ {Guid.NewGuid():N}"[..48];

        // 1. chutich assigns through the form, with the keyboard for the deadline.
        var leader = await fixture.SignedInPageAsync("chutich", land: false);
        await leader.GotoAsync("/Tasks");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Giao nhiệm vụ" }).ClickAsync();
        await Expect(leader.GetByRole(AriaRole.Heading, new() { Name = "Giao nhiệm vụ" })).ToBeVisibleAsync();
        await leader.GetByLabel("Tên nhiệm vụ").FillAsync(title);
        await leader.GetByLabel("Nội dung").FillAsync("Rà soát, đề xuất cắt giảm thủ tục hành chính nội bộ theo Công điện 968/CĐ-TTg.");
        await leader.Locator("#Input_LeadUnitId").SelectOptionAsync(new SelectOptionValue { Label = SoNoiVu }, new() { Force = true });
        await leader.GetByLabel("Số ngày làm việc").FocusAsync();
        await leader.Keyboard.TypeAsync("10");
        await BrowserFixture.ScreenshotAsync(leader, "20-giao-nhiem-vu");
        await leader.Keyboard.PressAsync("Enter");

        await Expect(leader).ToHaveURLAsync(TaskUrl());
        var taskUrl = new Uri(leader.Url).AbsolutePath;
        await Expect(leader.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã giao nhiệm vụ.");
        await Expect(leader.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Expect(leader.GetByTestId("task-lead-unit")).ToHaveTextAsync(SoNoiVu);
        await Expect(leader.GetByTestId("task-due-date")).ToContainTextAsync("24/02/2026");
        await Expect(leader.GetByTestId("task-due-date")).ToContainTextAsync("10 ngày làm việc");
        await Expect(leader.GetByTestId("task-status")).ToHaveTextAsync("Đang thực hiện trong hạn");
        await Expect(leader.GetByTestId("timeline").Locator("li")).ToHaveCountAsync(1);
        await Expect(leader.GetByTestId("timeline")).ToContainTextAsync("Giao nhiệm vụ – Nguyễn Văn An, 03/02/2026 09:00");
        await BrowserFixture.ScreenshotAsync(leader, "21-nhiem-vu-vua-giao");

        // 2. The director of Sở Nội vụ finds it in "Việc của tôi", hands it to the head of the CCHC office and reports progress.
        var director = await fixture.SignedInPageAsync("giamdoc.snv");
        await director.GetByRole(AriaRole.Link, new() { Name = "Việc của tôi" }).First.ClickAsync();
        await Expect(director.GetByRole(AriaRole.Heading, new() { Name = "Việc của tôi" })).ToBeVisibleAsync();
        var row = director.GetByTestId("task-list").Locator("tr", new() { Has = director.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Expect(row).ToContainTextAsync(SoNoiVu);
        await Expect(row).ToContainTextAsync("24/02/2026");
        await Expect(row).ToContainTextAsync("Đang thực hiện trong hạn");
        await BrowserFixture.ScreenshotAsync(director, "22-viec-cua-toi-giam-doc-so");
        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(director.GetByTestId("task-current-holder")).ToHaveTextAsync("Lê Minh Cường");

        var handOff = director.GetByRole(AriaRole.Form, new() { Name = "Chuyển xử lý" });
        await handOff.GetByLabel("Người nhận").SelectOptionAsync(new SelectOptionValue { Label = "Phạm Thu Dung – Trưởng phòng Cải cách hành chính" });
        await handOff.GetByLabel("Hạn của bước").FillAsync("2026-02-13");
        await handOff.GetByLabel("Ghi chú").FillAsync("Phòng CCHC chủ trì tham mưu.");
        await handOff.GetByRole(AriaRole.Button, new() { Name = "Chuyển" }).ClickAsync();
        await Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã chuyển xử lý.");
        await Expect(director.GetByTestId("task-current-holder")).ToHaveTextAsync("Phạm Thu Dung");
        var handoffs = director.GetByTestId("handoffs");
        await Expect(handoffs.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(handoffs.Locator("tbody tr").Nth(1)).ToContainTextAsync("Lê Minh Cường");
        await Expect(handoffs.Locator("tbody tr").Nth(1)).ToContainTextAsync("Phạm Thu Dung");
        await Expect(handoffs.Locator("tbody tr").Nth(1)).ToContainTextAsync("13/02/2026");

        var progress = director.GetByRole(AriaRole.Form, new() { Name = "Báo cáo tiến độ" });
        await progress.GetByLabel("Nội dung").FillAsync("Đã rà soát 12/20 thủ tục.");
        await progress.GetByLabel("Tỷ lệ (%)").FillAsync("60");
        await progress.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ghi nhận tiến độ.");
        await Expect(director.GetByTestId("task-progress")).ToContainTextAsync("60%");
        await Expect(director.GetByTestId("timeline")).ToContainTextAsync("Chuyển xử lý – Lê Minh Cường");
        await Expect(director.GetByTestId("timeline")).ToContainTextAsync("Báo cáo tiến độ – Lê Minh Cường");
        await BrowserFixture.ScreenshotAsync(director, "23-nhiem-vu-da-chuyen-xu-ly");

        // The lead completes it with a result: done on time.
        var complete = director.GetByRole(AriaRole.Form, new() { Name = "Báo cáo hoàn thành" });
        await complete.GetByLabel("Kết quả", new() { Exact = true }).FillAsync("Đã trình UBND tỉnh phương án cắt giảm 8 thủ tục nội bộ.");

        // The outgoing document is found by its number, never typed as an id; the report goes with it as a file.
        await director.Locator("#c-output-ts-control").FillAsync("493");
        var option = director.Locator("#c-output-ts-dropdown .option", new() { HasText = "493/UBND-KGVX" });
        await Expect(option).ToHaveCountAsync(1);
        await option.ClickAsync();
        await Expect(director.Locator("#c-output")).ToHaveValueAsync(new Regex("^[0-9a-f-]{36}$"));
        await director.Locator("#c-files").SetInputFilesAsync(new FilePayload
        {
            Name = "phuong-an-cat-giam.txt", MimeType = "text/plain", Buffer = "Phương án cắt giảm 8 thủ tục nội bộ"u8.ToArray(),
        });
        await Expect(complete.Locator(".kc-file-name")).ToHaveTextAsync("phuong-an-cat-giam.txt");
        await BrowserFixture.ScreenshotAsync(director, "23b-bao-cao-hoan-thanh-kem-tep");
        await complete.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành" }).ClickAsync();
        await Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã báo cáo hoàn thành.");
        await Expect(director.GetByTestId("task-status")).ToHaveTextAsync("Hoàn thành đúng hạn");
        await Expect(director.GetByTestId("task-completed")).ToContainTextAsync("03/02/2026");
        await Expect(director.GetByTestId("task-completed")).ToContainTextAsync("cắt giảm 8 thủ tục");
        await Expect(director.GetByTestId("task-completed").GetByRole(AriaRole.Link, new() { Name = "văn bản kết quả" })).ToHaveCountAsync(1);
        var download = await director.RunAndWaitForDownloadAsync(() => director.GetByTestId("task-attachments").GetByRole(AriaRole.Link, new() { Name = "phuong-an-cat-giam.txt" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("phuong-an-cat-giam.txt");
        await Expect(director.GetByTestId("timeline")).ToContainTextAsync("Hoàn thành – Lê Minh Cường");
        await Expect(director.GetByTestId("task-current-holder")).ToHaveTextAsync("— (đã hoàn thành)");
        await Expect(director.GetByTestId("handoffs")).Not.ToContainTextAsync("đang giữ");
        await Expect(director.GetByRole(AriaRole.Form, new() { Name = "Báo cáo tiến độ" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(director, "24-nhiem-vu-hoan-thanh");
    }

    [Fact]
    public async Task HandOffChain_HeadOfOfficeAndSpecialistSeeAndHandleTheirStep()
    {
        var title = $"Tổng hợp báo cáo CCHC quý I {Guid.NewGuid():N}"[..40];
        var url = await AssignAsync("chutich", SoNoiVu, title, 5);
        var director = await fixture.SignedInPageAsync("giamdoc.snv", land: false);
        await director.GotoAsync(url);
        var handOff = director.GetByRole(AriaRole.Form, new() { Name = "Chuyển xử lý" });
        await handOff.GetByLabel("Người nhận").SelectOptionAsync(new SelectOptionValue { Label = "Phạm Thu Dung – Trưởng phòng Cải cách hành chính" });
        await handOff.GetByRole(AriaRole.Button, new() { Name = "Chuyển" }).ClickAsync();
        await Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã chuyển xử lý.");

        // The head of the CCHC office holds it now: it is in her list, and she hands it on to her specialist.
        var head = await fixture.SignedInPageAsync("truongphong.cchc", land: false);
        await head.GotoAsync("/Tasks");
        await head.GetByTestId("task-list").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(head.GetByTestId("task-current-holder")).ToHaveTextAsync("Phạm Thu Dung");
        handOff = head.GetByRole(AriaRole.Form, new() { Name = "Chuyển xử lý" });
        await handOff.GetByLabel("Người nhận").SelectOptionAsync(new SelectOptionValue { Label = "Võ Thanh Hải – Chuyên viên" });
        await handOff.GetByRole(AriaRole.Button, new() { Name = "Chuyển" }).ClickAsync();
        await Expect(head.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã chuyển xử lý.");

        // The specialist sees his step and reports progress on it.
        var specialist = await fixture.SignedInPageAsync("chuyenvien", land: false);
        await specialist.GotoAsync("/Tasks");
        await specialist.GetByTestId("task-list").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(specialist.GetByTestId("task-current-holder")).ToHaveTextAsync("Võ Thanh Hải");
        var progress = specialist.GetByRole(AriaRole.Form, new() { Name = "Báo cáo tiến độ" });
        await progress.GetByLabel("Nội dung").FillAsync("Đã tổng hợp số liệu 10 đơn vị.");
        await progress.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(specialist.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ghi nhận tiến độ.");
    }

    [Fact]
    public async Task LeadUnit_ReturnsTaskOutsideItsCompetence_AssignerSeesReturned()
    {
        var title = $"Thẩm định dự thảo quy định xử phạt {Guid.NewGuid():N}"[..44];
        var url = await AssignAsync("chutich", SoNoiVu, title, 5);

        var director = await fixture.SignedInPageAsync("giamdoc.snv", land: false);
        await director.GotoAsync(url);
        var returnForm = director.GetByRole(AriaRole.Form, new() { Name = "Trả lại (không thuộc thẩm quyền)" });
        await returnForm.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Expect(director.GetByTestId("form-errors")).ToContainTextAsync("Lý do trả lại");
        await returnForm.GetByLabel("Lý do, căn cứ thẩm quyền").FillAsync("Thẩm định văn bản quy phạm pháp luật thuộc thẩm quyền của Sở Tư pháp (Luật Ban hành VBQPPL).");
        await returnForm.GetByLabel("Đơn vị đề xuất").SelectOptionAsync(new SelectOptionValue { Label = SoTuPhap });
        await returnForm.GetByLabel("Căn cứ danh mục thẩm quyền").SelectOptionAsync(new SelectOptionValue { Label = "Thẩm định dự thảo văn bản quy phạm pháp luật của HĐND, UBND tỉnh — Quyết định" });
        await returnForm.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã trả lại nhiệm vụ.");
        await Expect(director.GetByTestId("task-state")).ToHaveTextAsync("Đã trả lại, chờ điều chuyển");
        await Expect(director.GetByRole(AriaRole.Form, new() { Name = "Báo cáo hoàn thành" })).ToHaveCountAsync(0);

        var leader = await fixture.SignedInPageAsync("chutich", land: false);
        await leader.GotoAsync("/Tasks");
        var row = leader.GetByTestId("task-list").Locator("tr", new() { Has = leader.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Expect(row).ToContainTextAsync("Đã trả lại");
        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(leader.GetByTestId("task-state")).ToHaveTextAsync("Đã trả lại, chờ điều chuyển");
        await Expect(leader.GetByTestId("task-current-holder")).ToContainTextAsync("chờ " + UbndTinh + " điều chuyển");
        await Expect(leader.GetByTestId("task-counts")).ToHaveTextAsync("0 / 1 / 0 / 0");
        var timeline = leader.GetByTestId("timeline");
        await Expect(timeline).ToContainTextAsync("Trả lại (ngoài thẩm quyền) – Lê Minh Cường");
        await Expect(timeline).ToContainTextAsync("thuộc thẩm quyền của Sở Tư pháp");
        await Expect(leader.GetByTestId("routings")).ToContainTextAsync(SoTuPhap);
        var reroute = leader.GetByRole(AriaRole.Form, new() { Name = "Điều chuyển đơn vị chủ trì" });
        await Expect(reroute.GetByLabel("Đơn vị chủ trì mới").Locator("option:checked")).ToHaveTextAsync(SoTuPhap);
        await BrowserFixture.ScreenshotAsync(leader, "25-nhiem-vu-bi-tra-lai");
    }

    [Fact]
    public async Task AnotherDepartment_CannotOpenOrListTheTask()
    {
        var title = $"Kiện toàn tổ chức bộ máy {Guid.NewGuid():N}"[..36];
        var url = await AssignAsync("chutich", SoNoiVu, title, 10);

        var other = await fixture.SignedInPageAsync("giamdoc.sct", land: false);
        var response = await other.GotoAsync(url);
        response!.Status.ShouldBe(404);
        await Expect(other.GetByTestId("task-not-found")).ToContainTextAsync("Không tìm thấy nhiệm vụ");
        await Expect(other.GetByText(title)).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(other, "26-so-khac-khong-xem-duoc");

        await other.GotoAsync("/Tasks?all=true");
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Tất cả nhiệm vụ trong phạm vi" })).ToBeVisibleAsync();
        await Expect(other.GetByTestId("task-list").GetByText(title)).ToHaveCountAsync(0);
        await other.GotoAsync("/Tasks?q=" + Uri.EscapeDataString(title[..20]) + "&all=true");
        await Expect(other.GetByTestId("task-list").GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await Expect(other.GetByTestId("task-count")).ToHaveTextAsync("0 nhiệm vụ");
    }

    [Fact]
    public async Task Dashboard_ShowsFourCountsAndChart_AndExportsVietnameseCsv()
    {
        await AssignAsync("chutich", SoNoiVu, $"Báo cáo sơ kết chuyển đổi số {Guid.NewGuid():N}"[..40], 3);

        var page = await fixture.SignedInPageAsync("chutich");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng theo dõi" }).First.ClickAsync();
        await Expect(page.GetByLabel("Đơn vị")).ToHaveValueAsync(new Regex("^[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex($"^\\s*Bảng theo dõi nhiệm vụ\\s+{UbndTinh} và đơn vị trực thuộc\\s*$"));

        var summary = page.GetByTestId("task-summary");
        foreach (var label in new[] { "Đang thực hiện trong hạn", "Chưa hoàn thành – quá hạn", "Hoàn thành đúng hạn", "Hoàn thành quá hạn" })
        {
            await Expect(summary.Locator(".kc-stat", new() { HasText = label })).ToHaveCountAsync(1);
            var count = await summary.Locator(".kc-stat", new() { HasText = label }).Locator("[data-count]").InnerTextAsync();
            int.Parse(count, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(0);
        }

        int.Parse(await summary.Locator(".kc-stat", new() { HasText = "Đang thực hiện trong hạn" }).Locator("[data-count]").InnerTextAsync(),
            System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        var canvas = page.Locator("canvas#trend");
        await Expect(canvas).ToBeVisibleAsync();
        (await canvas.BoundingBoxAsync())!.Height.ShouldBeGreaterThan(100);
        // Chart.js drew the bars (the canvas is no longer blank).
        var drawn = await page.EvaluateAsync<bool>(
            "() => { const c = document.getElementById('trend'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false; }");
        drawn.ShouldBeTrue();
        await BrowserFixture.ScreenshotAsync(page, "27-bang-theo-doi");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất CSV", Exact = true }).ClickAsync());
        download.SuggestedFilename.ShouldBe("nhiem-vu-20260203.csv");
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path, System.Text.Encoding.UTF8, TestContext.Current.CancellationToken);
        lines[0].ShouldStartWith("Nhiệm vụ,Khoản,Đơn vị chủ trì,Người xử lý,Ngày nhận,Hạn,");
        lines[0].ShouldContain("Trạng thái,Số lần gia hạn,Số lần trả lại");
        lines.ShouldContain(l => l.Contains(SoNoiVu, StringComparison.Ordinal) && l.Contains("Đang thực hiện trong hạn", StringComparison.Ordinal));

        // The same list as an Excel workbook: a real XLSX (a ZIP with the sheet XML) holding the Vietnamese headers.
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel tất cả nhiệm vụ" }).ClickAsync());
        xlsx.SuggestedFilename.ShouldBe("nhiem-vu-20260203.xlsx");
        using (var zip = System.IO.Compression.ZipFile.OpenRead(await xlsx.PathAsync()))
        {
            using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")?.Open() ?? zip.Entries.First(e => e.FullName.Contains("worksheets", StringComparison.Ordinal)).Open());
            var xml = await sheet.ReadToEndAsync(TestContext.Current.CancellationToken);
            xml.ShouldContain("Đơn vị chủ trì");
            xml.ShouldContain("Đang thực hiện trong hạn");
        }

    }

    [Fact]
    public async Task CreateForm_BadInput_ShowsVietnameseMessages_AndCreatesNothing()
    {
        var title = $"Nhiệm vụ nhập sai {Guid.NewGuid():N}"[..30];
        var page = await fixture.SignedInPageAsync("chutich", land: false);
        await page.GotoAsync("/Tasks/Create");
        await page.GetByLabel("Tên nhiệm vụ").FillAsync(title);
        await page.GetByLabel("Số ngày làm việc").FillAsync("-3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Giao nhiệm vụ" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Tasks/Create$"));
        await Expect(page.Locator("[data-valmsg-for='Input.LeadUnitId']")).ToContainTextAsync("Cần đúng một đơn vị chủ trì");
        await Expect(page.Locator("[data-valmsg-for='Input.WorkingDays']")).ToContainTextAsync("Số ngày làm việc phải từ 1 đến");
        await Expect(page.Locator("#Input_LeadUnitId")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Tên nhiệm vụ")).ToHaveValueAsync(title);
        await Expect(page.GetByLabel("Số ngày làm việc")).ToHaveValueAsync("-3");
        await BrowserFixture.ScreenshotAsync(page, "28-giao-nhiem-vu-loi");

        // Both a date and a number of days, and a date in the past, are refused too.
        await page.Locator("#Input_LeadUnitId").SelectOptionAsync(new SelectOptionValue { Label = SoNoiVu }, new() { Force = true });
        await page.GetByLabel("Số ngày làm việc").FillAsync("");
        await page.GetByLabel("Hạn (ngày)").FillAsync("2026-01-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Giao nhiệm vụ" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.DueDate']")).ToContainTextAsync("Hạn xử lý không được trước ngày giao");
        await Expect(page.Locator("#Input_LeadUnitId")).ToHaveValueAsync(new Regex("^[0-9a-f-]{36}$"));

        await page.GotoAsync("/Tasks?all=true&q=" + Uri.EscapeDataString(title));
        await Expect(page.GetByTestId("task-count")).ToHaveTextAsync("0 nhiệm vụ");
    }

    [Fact]
    public async Task Phone_TaskPagesFitTheScreen()
    {
        var title = $"Đôn đốc giải ngân vốn đầu tư công năm 2026 {Guid.NewGuid():N}"[..50];
        var url = await AssignAsync("chutich", SoNoiVu, title, 10);
        var page = await fixture.SignedInPageAsync("chutich", 375, 740);
        foreach (var (path, shot) in new[]
                 {
                     ("/Tasks", "29-dien-thoai-viec-cua-toi"), (url, "29-dien-thoai-nhiem-vu"), ("/Tasks/Dashboard", "29-dien-thoai-bang-theo-doi"),
                     ("/Tasks/Create", "29-dien-thoai-giao-nhiem-vu"), ("/Tasks/Cascade?taskId=" + url.Split('/')[^1], "29-dien-thoai-trien-khai"),
                 })
        {
            var response = await page.GotoAsync(path);
            response!.Status.ShouldBe(200, path);
            // GotoAsync waited for the load event (styles, scripts); the width is final once the web fonts are in too.
            await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.ShouldBeLessThanOrEqualTo(1, $"{path} is wider than the phone screen");
            await BrowserFixture.ScreenshotAsync(page, shot);
        }

    }

    /// <summary>Assigns a task through the form as <paramref name="user"/>; returns the task page's path.</summary>
    private async Task<string> AssignAsync(string user, string leadUnit, string title, int workingDays)
    {
        var page = await fixture.SignedInPageAsync(user, land: false);
        await page.GotoAsync("/Tasks/Create");
        await page.GetByLabel("Tên nhiệm vụ").FillAsync(title);
        await page.Locator("#Input_LeadUnitId").SelectOptionAsync(new SelectOptionValue { Label = leadUnit }, new() { Force = true });
        await page.GetByLabel("Số ngày làm việc").FillAsync(workingDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Giao nhiệm vụ" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(TaskUrl());
        var path = new Uri(page.Url).AbsolutePath;
        return path;
    }

    [GeneratedRegex("/Tasks/Details/[0-9a-f-]{36}$")]
    private static partial Regex TaskUrl();
}
