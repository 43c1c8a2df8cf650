using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KyCuong.LoadTests;

/// <summary>
/// A consultation to 60 units on the national dataset, half of them answered, and the p95 of its details page
/// (Razor page, cookie sign-in, as an official opens it) and of <c>GET /api/v1/consultations/{id}</c>. Target: the page
/// within 200 ms p95, i.e. a fixed number of queries whatever the number of consulted units.
/// </summary>
internal static partial class ConsultationScenario
{
    public const int ConsultedUnits = 60;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    public static async Task RunAsync(Uri baseAddress, NationalDataset data, string adminToken, string password, TextWriter log, int samples = 100)
    {
        using var api = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);

        // The requester: a province's leader (the unit with the most direct sub-units), consulting 60 other units in force.
        var childCount = data.Parent.Where(kv => kv.Value is not null).GroupBy(kv => kv.Value!.Value).ToDictionary(g => g.Key, g => g.Count());
        var leader = data.Leaders.Where(l => l.UnitId != data.RootId).OrderByDescending(l => childCount.GetValueOrDefault(l.UnitId)).First();
        var consulted = data.UnitIds.Where(u => u != leader.UnitId && u != data.RootId).Take(ConsultedUnits).ToList();
        var create = await api.PostAsJsonAsync("/api/v1/consultations", new
        {
            subject = "Dự thảo Quy chế phối hợp liên ngành (đo hiệu năng)",
            proposal = "Ban hành Quy chế phối hợp xử lý công việc theo Công điện 968/CĐ-TTg.",
            requesterUnitId = leader.UnitId,
            consultedUnitIds = consulted,
            workingDays = 5,
        });
        if (!create.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"create consultation → {(int)create.StatusCode}: {await create.Content.ReadAsStringAsync()}");
        }

        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        for (var i = 0; i < consulted.Count / 2; i++)
        {
            var stance = (i % 3) switch { 0 => "agree", 1 => "agreeWithConditions", _ => "disagree" };
            var r = await api.PostAsJsonAsync($"/api/v1/consultations/{id}/responses", new
            {
                unitId = consulted[i], stance, reasoning = i % 5 == 0 ? "Nhất trí." : $"Ý kiến số {i}: đề nghị làm rõ trách nhiệm đầu mối và thời hạn phối hợp tại Điều 5.",
            });
            r.EnsureSuccessStatusCode();
        }

        var apiTimes = await TimeAsync(samples, () => api.GetAsync($"/api/v1/consultations/{id}"));
        log.WriteLine($"consultation to {consulted.Count} units, API GET: {Stats(apiTimes)}");

        // The page, as the requester's leader sees it through the browser (cookie sign-in with the antiforgery token).
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var web = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var loginPage = await web.GetStringAsync("/Account/Login");
        var token = Antiforgery().Match(loginPage).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = leader.UserName, ["Password"] = password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        var signIn = await web.PostAsync("/Account/Login", form);
        if ((int)signIn.StatusCode >= 400 || handler.CookieContainer.Count < 2)
        {
            throw new InvalidOperationException($"cookie sign-in for {leader.UserName} failed: {(int)signIn.StatusCode}");
        }

        var pageTimes = await TimeAsync(samples, () => web.GetAsync($"/Consultations/Details/{id}"));
        log.WriteLine($"consultation details page ({consulted.Count} units, target p95 ≤ 200 ms): {Stats(pageTimes)}");
    }

    private static async Task<List<double>> TimeAsync(int n, Func<Task<HttpResponseMessage>> send, int warmup = 5)
    {
        var list = new List<double>();
        for (var i = -warmup; i < n; i++)
        {
            var sw = Stopwatch.StartNew();
            using var res = await send();
            await res.Content.ReadAsByteArrayAsync();
            sw.Stop();
            if (res.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{res.RequestMessage?.RequestUri} → {(int)res.StatusCode}");
            }

            if (i >= 0)
            {
                list.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        return list;
    }

    private static string Stats(List<double> ms)
    {
        ms.Sort();
        return $"p50 {ms[ms.Count / 2]:F1} ms, p95 {ms[(int)(ms.Count * 0.95)]:F1} ms, max {ms[^1]:F1} ms (n={ms.Count})";
    }
}
