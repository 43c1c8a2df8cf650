using System.Net;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KyCuong.IntegrationTests.Organisation;

/// <summary>A signed-in browser-like session for the pages (cookie, antiforgery token), without a browser.</summary>
internal sealed partial class FormSession : IDisposable
{
    private readonly HttpClient _client;

    private FormSession(HttpClient client) => _client = client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<FormSession> SignInAsync(AppFixture app, string userName)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/Account/Login", Ct);
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = AppFixture.DemoPassword, ["__RequestVerificationToken"] = Token().Match(login).Groups[1].Value,
        }), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return new FormSession(client);
    }

    public Task<string> GetStringAsync(string url) => _client.GetStringAsync(url, Ct);

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(url, Ct);

    public Task<HttpResponseMessage> PostAsync(string url, HttpContent content) => _client.PostAsync(url, content, Ct);

    /// <summary>Posts the form fields to <paramref name="url"/> with the antiforgery token of the page at <paramref name="pageUrl"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await _client.GetStringAsync(pageUrl, Ct);
        var all = fields.Append(new("__RequestVerificationToken", Token().Match(page).Groups[1].Value)).ToList();
        return await _client.PostAsync(url, new FormUrlEncodedContent(all), Ct);
    }

    /// <summary>The option texts of the select with this id in <paramref name="html"/>.</summary>
    public static List<string> Options(string html, string selectId)
    {
        var select = Regex.Match(html, $"<select[^>]*id=\"{Regex.Escape(selectId)}\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        select.Success.ShouldBeTrue($"no select #{selectId}");
        return OptionText().Matches(select.Groups[1].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<option[^>]*>([^<]*)</option>")]
    private static partial Regex OptionText();
}
