using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KyCuong.BrowserTests;

/// <summary>
/// Onboarding a body from files in Chromium (docs/domain.md "Onboarding"): the administrator opens "Nhập tổ chức từ tệp" from
/// the Quản trị menu, checks a units file (dry run: nothing written), imports it, imports the people file (one-time
/// set-password links, no shared password), imports both again (everything unchanged), and uploads a people file with bad
/// rows: the errors are listed with their row numbers and nothing is written. At 1280 and 375 px; the province-sized file
/// (3,000 units, 40,000 people) is timed through the API in bench/onboarding.
/// </summary>
[Collection("browser")]
public sealed class OrganisationImportPagesTests(BrowserFixture fixture)
{
    private const int People = 60;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Administrator_ChecksImportsAndReimports_BadRowsChangeNothing()
    {
        using var admin = await fixture.ApiAsync("admin");
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
        var root = units.EnumerateArray().First(u => u.GetProperty("parentId").ValueKind == JsonValueKind.Null).GetProperty("id").GetGuid();
        var dir = Directory.CreateTempSubdirectory("kc-org-import-");
        try
        {
            // A small body at each width: the units list (/api/v1/units, by name, 500 a page) is shared with the other classes of
            // this collection, and a province's 3,000 units would push their units off its first page. The province-sized file
            // goes through the same handler in bench/onboarding (3,000 units and 40,000 people).
            foreach (var (width, tag, unitTotal) in new[] { (1280, "desktop", 34), (375, "phone", 25) })
            {
                var prefix = "NT" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
                var (unitsCsv, unitCount, peopleCsv, badCsv) = WriteFiles(dir.FullName, prefix, root, unitTotal);
                unitCount.ShouldBe(unitTotal);
                var unitsBefore = await UnitTotalAsync(admin);

                var page = await fixture.SignedInPageAsync("admin", width);
                await BrowserFixture.NavigateAsync(page, "Quản trị", "Nhập tổ chức từ tệp");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nhập đơn vị và người dùng từ tệp");

                // Dry run: the counts of what would be created, and nothing written.
                await page.GetByLabel("Tệp tổ chức (.xlsx, .csv)").SetInputFilesAsync(unitsCsv);
                await page.GetByTestId("import-dry-run").ClickAsync();
                var result = page.GetByTestId("import-result");
                await Expect(result).ToContainTextAsync("Kết quả chạy thử (chưa ghi)");
                await Expect(Row(result, "Đơn vị").Locator("td")).ToHaveTextAsync(new[] { $"{unitCount}", "0", "0", "–" });
                await BrowserFixture.ScreenshotAsync(page, $"180-nhap-to-chuc-chay-thu-{tag}");
                (await UsersAsync(admin, prefix)).ShouldBe(0);
                (await UnitTotalAsync(admin)).ShouldBe(unitsBefore, "a dry run writes nothing");

                await page.GetByLabel("Tệp tổ chức (.xlsx, .csv)").SetInputFilesAsync(unitsCsv);
                await page.GetByTestId("import-run").ClickAsync();
                await Expect(result).ToContainTextAsync("Đã nhập");
                await Expect(Row(result, "Đơn vị").Locator("td")).ToHaveTextAsync(new[] { $"{unitCount}", "0", "0", "–" });
                (await UnitTotalAsync(admin)).ShouldBe(unitsBefore + unitCount);

                // People: every new account gets a one-time link to set its own password, shown once as a sheet for unit heads.
                await page.GetByLabel("Tệp tổ chức (.xlsx, .csv)").SetInputFilesAsync(peopleCsv);
                await page.GetByTestId("import-run").ClickAsync();
                await Expect(result).ToContainTextAsync("Đã nhập");
                await Expect(Row(result, "Người dùng").Locator("td")).ToHaveTextAsync(new[] { $"{People}", "0", "0", "0" });
                await Expect(page.GetByTestId("import-accounts").Locator("tbody.kc-account")).ToHaveCountAsync(People);
                await Expect(page.GetByTestId("import-accounts")).ToContainTextAsync("/Account/SetPassword");
                await BrowserFixture.ScreenshotAsync(page, $"181-nhap-to-chuc-phieu-mat-khau-{tag}");
                (await UsersAsync(admin, prefix)).ShouldBe(People);

                // The same files again: idempotent by code, nothing changes and no new links.
                await page.GetByLabel("Tệp tổ chức (.xlsx, .csv)").SetInputFilesAsync(unitsCsv);
                await page.GetByTestId("import-run").ClickAsync();
                await Expect(Row(result, "Đơn vị").Locator("td")).ToHaveTextAsync(new[] { "0", "0", $"{unitCount}", "–" });
                await page.GetByLabel("Tệp tổ chức (.xlsx, .csv)").SetInputFilesAsync(peopleCsv);
                await page.GetByTestId("import-run").ClickAsync();
                await Expect(Row(result, "Người dùng").Locator("td")).ToHaveTextAsync(new[] { "0", "0", $"{People}", "0" });
                await Expect(page.GetByTestId("import-accounts")).ToHaveCountAsync(0);

                // A file with bad rows: each error with its row number, and not one of the good rows is written.
                await page.GetByLabel("Tệp tổ chức (.xlsx, .csv)").SetInputFilesAsync(badCsv);
                await page.GetByTestId("import-run").ClickAsync();
                await Expect(result).ToContainTextAsync("Không nhập: tệp có lỗi");
                var errors = page.GetByTestId("import-errors");
                await Expect(errors.Locator("tbody tr")).ToHaveCountAsync(2);
                await Expect(errors.Locator("tbody tr").Nth(0)).ToContainTextAsync("3");
                await Expect(errors.Locator("tbody tr").Nth(1)).ToContainTextAsync("4");
                await BrowserFixture.ScreenshotAsync(page, $"182-nhap-to-chuc-loi-{tag}");
                (await UsersAsync(admin, prefix)).ShouldBe(People, "a file with errors writes nothing");
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static ILocator Row(ILocator result, string header) =>
        result.Locator("tbody tr").Filter(new() { Has = result.Page.GetByRole(AriaRole.Rowheader, new() { Name = header, Exact = true }) });

    /// <summary>
    /// A body under the root, <paramref name="total"/> units: a province, departments of ten divisions (at most 30), then communes
    /// with three offices each, as bench/onboarding/generate_province.py builds it; people spread over the first units.
    /// </summary>
    private static (string Units, int UnitCount, string People, string Bad) WriteFiles(string dir, string prefix, Guid root, int total)
    {
        var units = new StringBuilder("code,name,shortName,kind,parentCode\n");
        units.Append(CultureInfo.InvariantCulture, $"{prefix},Ủy ban nhân dân tỉnh Nhập thử {prefix},UBND,province,{root}\n");
        var codes = new List<string> { prefix };
        void Add(string code, string name, string shortName, string kind, string parent)
        {
            if (codes.Count < total)
            {
                units.Append(CultureInfo.InvariantCulture, $"{code},\"{name}\",{shortName},{kind},{parent}\n");
                codes.Add(code);
            }
        }

        for (var d = 0; d < Math.Min(30, (total - 1) / 11); d++)
        {
            var dc = $"{prefix}-S{d:00}";
            Add(dc, $"Sở số {d + 1} tỉnh Nhập thử {prefix}", $"S{d + 1}", "department", prefix);
            for (var v = 0; v < 10; v++)
            {
                Add($"{dc}-P{v}", $"Phòng {v + 1}, Sở số {d + 1}", $"P{v + 1}", "division", dc);
            }
        }

        for (var c = 0; codes.Count < total; c++)
        {
            var cc = $"{prefix}-X{c:000}";
            Add(cc, $"Ủy ban nhân dân xã số {c + 1}", "UBND", "commune", prefix);
            for (var o = 0; o < 3; o++)
            {
                Add($"{cc}-V{o}", $"Văn phòng {o + 1}, xã số {c + 1}", $"VP{o + 1}", "office", cc);
            }
        }

        var people = new StringBuilder("userName,fullName,email,unitCode,position,roles\n");
        for (var i = 0; i < People; i++)
        {
            var lead = i < codes.Count;
            people.Append(CultureInfo.InvariantCulture,
                $"{prefix.ToLowerInvariant()}.u{i:000},Nguyễn Văn Nhập {i},{prefix.ToLowerInvariant()}.u{i:000}@nhapthu.gov.vn,{codes[i % codes.Count]},{(lead ? "Thủ trưởng" : "Chuyên viên")},{(lead ? "leader" : "specialist")}\n");
        }

        // Row 2 is good, row 3 names a unit that does not exist, row 4 has no full name.
        var bad = new StringBuilder("userName,fullName,email,unitCode,position,roles\n");
        bad.Append(CultureInfo.InvariantCulture, $"{prefix.ToLowerInvariant()}.moi1,Trần Thị Mới,{prefix.ToLowerInvariant()}.moi1@nhapthu.gov.vn,{prefix},Chuyên viên,specialist\n");
        bad.Append(CultureInfo.InvariantCulture, $"{prefix.ToLowerInvariant()}.moi2,Lê Văn Sai,{prefix.ToLowerInvariant()}.moi2@nhapthu.gov.vn,{prefix}-KHONG-CO,Chuyên viên,specialist\n");
        bad.Append(CultureInfo.InvariantCulture, $"{prefix.ToLowerInvariant()}.moi3,,{prefix.ToLowerInvariant()}.moi3@nhapthu.gov.vn,{prefix},Chuyên viên,specialist\n");

        var unitsPath = Path.Combine(dir, $"{prefix}-don-vi.csv");
        var peoplePath = Path.Combine(dir, $"{prefix}-nguoi-dung.csv");
        var badPath = Path.Combine(dir, $"{prefix}-nguoi-dung-loi.csv");
        File.WriteAllText(unitsPath, units.ToString(), new UTF8Encoding(false));
        File.WriteAllText(peoplePath, people.ToString(), new UTF8Encoding(false));
        File.WriteAllText(badPath, bad.ToString(), new UTF8Encoding(false));
        return (unitsPath, codes.Count, peoplePath, badPath);
    }

    private static async Task<int> UsersAsync(HttpClient admin, string prefix) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users?search={prefix.ToLowerInvariant()}.&pageSize=1", Ct)).GetProperty("total").GetInt32();

    /// <summary>All units, from the list's X-Total-Count (the list itself is paged by name).</summary>
    private static async Task<int> UnitTotalAsync(HttpClient admin)
    {
        using var response = await admin.GetAsync("/api/v1/units?pageSize=1", Ct);
        response.EnsureSuccessStatusCode();
        return int.Parse(response.Headers.GetValues("X-Total-Count").Single(), CultureInfo.InvariantCulture);
    }
}
