using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Scale;

/// <summary>
/// Two nodes on one database behind a proxy that is not sticky (docs/operations.md "Several nodes"): what one node
/// protects (antiforgery token, sign-in cookie) the other accepts, even when they are installed in different folders
/// (ASP.NET Core's default isolation) and one of them has gone away.
/// </summary>
public abstract partial class TwoNodesTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The settings every node of one installation shares (deploy/cluster.sh sets the same).</summary>
    internal static Dictionary<string, string?> SharedSettings() => new()
    {
        ["Auth:SigningKey"] = "khoa-ky-chung-cua-moi-nut-dai-hon-32-byte",
        ["Audit:Key"] = "khoa-nhat-ky-chung-cua-moi-nut-dai-hon-32-byte",
    };

    [Fact]
    public async Task SignInOnA_CookieAndTokensAcceptedOnB()
    {
        await using var database = await TestDatabase.FromTemplateAsync(provider, "nodes");
        await using var nodeA = new KyCuongFactory(database, settings: SharedSettings());
        // Node B stands for another machine: another install folder, which by default isolates its protected data from A's.
        await using var nodeB = new KyCuongFactory(database, settings: SharedSettings())
            .WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IApplicationDiscriminator>(new OtherInstall())));

        var cookies = new CookieContainer();
        using var onA = nodeA.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onB = nodeB.CreateDefaultClient(new CookieContainerHandler(cookies));

        // The sign-in form comes from B, is posted to A: B's antiforgery cookie and token pass A's check.
        var form = await onB.GetStringAsync("/Account/Login", Ct);
        var signIn = await onA.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin", ["Password"] = AppFixture.DemoPassword, ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }), Ct);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signIn.Content.ReadAsStringAsync(Ct));
        cookies.GetCookies(new Uri("http://localhost/")).Select(c => c.Name).ShouldContain("kycuong.auth");

        // A's sign-in cookie opens a page on B, also once A is gone.
        await nodeA.DisposeAsync();
        var home = await onB.GetAsync("/", Ct);
        home.StatusCode.ShouldBe(HttpStatusCode.OK, home.Headers.Location?.ToString());

        // The key ring both used is the one in the database, not a node's home folder.
        await using (var scope = nodeB.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.DataProtectionKeys.CountAsync(Ct)).ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public async Task ApiTokenFromA_AcceptedOnB_WithTheSharedSigningKey()
    {
        await using var database = await TestDatabase.FromTemplateAsync(provider, "nodes");
        await using var nodeA = new KyCuongFactory(database, settings: SharedSettings());
        await using var nodeB = new KyCuongFactory(database, settings: SharedSettings());
        using var onA = nodeA.CreateClient();
        var issued = await (await onA.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = AppFixture.DemoPassword }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        using var onB = nodeB.CreateClient();
        onB.DefaultRequestHeaders.Authorization = new("Bearer", issued.GetProperty("accessToken").GetString());
        (await onB.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private sealed class OtherInstall : IApplicationDiscriminator
    {
        public string Discriminator => "/srv/kycuong-nut-b";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection("sqlite")]
public sealed class SqliteTwoNodesTests() : TwoNodesTests(DatabaseProvider.Sqlite);

[Collection("postgres")]
public sealed class PostgresTwoNodesTests() : TwoNodesTests(DatabaseProvider.Postgres);
