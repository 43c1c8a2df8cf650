using System.Net;
using System.Text.RegularExpressions;
using KyCuong.Web.Modules.Notifications.Delivery;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>A signed-in page's live connection to the notifications hub, through the in-process server.</summary>
internal static partial class HubPages
{
    /// <summary>Signs in through the sign-in form, as a browser does; answers the auth cookie and the person's id.</summary>
    public static async Task<(string Cookie, Guid UserId)> SignInAsync(KyCuongFactory node, string userName, CancellationToken ct, string password = AppFixture.DemoPassword)
    {
        var cookies = new CookieContainer();
        using var client = node.CreateDefaultClient(new CookieContainerHandler(cookies));
        var form = await client.GetStringAsync("/Account/Login", ct);
        var signIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }), ct);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var auth = cookies.GetCookies(node.Server.BaseAddress).Single(c => c.Name == "kycuong.auth");
        using var scope = node.Services.CreateScope();
        var id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(ct);
        return ($"{auth.Name}={auth.Value}", id);
    }

    public static HubConnection Connect(KyCuongFactory node, string cookie) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(node.Server.BaseAddress, NotificationsHub.Path), o =>
            {
                // Long polling through the in-process server: negotiate and the poll requests carry the sign-in cookie.
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => node.Server.CreateHandler();
                o.Headers["Cookie"] = cookie;
            })
            .Build();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
