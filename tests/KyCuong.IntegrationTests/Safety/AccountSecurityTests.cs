using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KyCuong.IntegrationTests.Safety;

/// <summary>Sign-in and token hardening (SECURITY.md), behind a reverse proxy that the host trusts.</summary>
public abstract class AccountSecurityTests<TApp>(TApp app) where TApp : AccountSecurityApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WrongPasswords_FromOneClient_DelayThatClient_NeverLockTheAdministratorOut()
    {
        for (var i = 0; i < 6; i++)
        {
            var wrong = await TokenFromAsync("203.0.113.7", "admin", "sai-mat-khau-" + i);
            wrong.Status.ShouldBeOneOf((int)HttpStatusCode.Unauthorized, (int)HttpStatusCode.TooManyRequests);
        }

        (await TokenFromAsync("203.0.113.7", "admin", AppFixture.DemoPassword)).Status.ShouldBe((int)HttpStatusCode.TooManyRequests);
        (await TokenFromAsync("198.51.100.20", "admin", AppFixture.DemoPassword)).Status.ShouldBe((int)HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnknownAndRealUserNames_SameAnswer_InComparableTime()
    {
        // This fixture runs at the production cost (Identity's 100,000 PBKDF2 iterations; the other test hosts use a test-only
        // cost): an account made here is hashed with it, and an unknown name costs one such hash too.
        var userName = "cv.bam." + Guid.NewGuid().ToString("N")[..8];
        using (var admin = await app.ClientForAsync("admin"))
        {
            (await admin.PostAsJsonAsync("/api/v1/users", new
            {
                userName, fullName = "Nguyễn Thị Băm", password = "Mùa lúa chín ở Tri Tôn, 2026", unitId = await app.UnitIdAsync("Phòng Cải cách hành chính"),
                position = "Chuyên viên", roles = new[] { "specialist" },
            }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var hash = Convert.FromBase64String((await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName, Ct)).PasswordHash!);
            // ASP.NET Core Identity v3 format: 0x01, the PRF (4 bytes), the iteration count (4 bytes, big-endian), ...
            hash[0].ShouldBe((byte)0x01);
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(5, 4)).ShouldBe(AuthOptions.ProductionPasswordHashIterations);
        }

        var unknown = new List<TimeSpan>();
        var real = new List<TimeSpan>();
        string? unknownBody = null, realBody = null;
        for (var i = 0; i < 7; i++)
        {
            var watch = Stopwatch.StartNew();
            var u = await TokenFromAsync($"192.0.2.{i + 1}", "khong.ton.tai." + i, "Mat-khau-bat-ky-2026");
            unknown.Add(watch.Elapsed);
            watch.Restart();
            var r = await TokenFromAsync($"192.0.2.{i + 101}", userName, "Mat-khau-bat-ky-2026");
            real.Add(watch.Elapsed);
            u.Status.ShouldBe(401);
            r.Status.ShouldBe(401);
            unknownBody = WithoutTraceId(u.Body);
            realBody = WithoutTraceId(r.Body);
        }

        unknownBody.ShouldBe(realBody);
        // An unknown name costs a password hash as a real one does: the medians are of the same order.
        var medianUnknown = unknown.Order().ElementAt(3);
        var medianReal = real.Order().ElementAt(3);
        (medianUnknown * 3).ShouldBeGreaterThan(medianReal, $"unknown {medianUnknown.TotalMilliseconds} ms, real {medianReal.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task TokenWithoutExpiry_Refused()
    {
        var key = app.Factory.Services.GetRequiredService<TokenSigningKey>();
        Guid adminId;
        string stamp;
        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var admin = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "admin", Ct);
            (adminId, stamp) = (admin.Id, admin.SecurityStamp!);
        }

        string Token(bool withExpiry)
        {
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
            {
                Subject = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, adminId.ToString()), new Claim(ClaimTypes.Name, "admin"), new Claim(TokenService.StampClaim, stamp)]),
                IssuedAt = now, NotBefore = now, Expires = withExpiry ? now.AddMinutes(5) : null,
                Issuer = "kycuong", Audience = "kycuong",
                SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
            });
        }

        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(withExpiry: true));
        (await client.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(withExpiry: false));
        await (await client.GetAsync("/api/v1/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnitDetails_ShowNamesAndPositions_LogInNamesOnlyToAccountAdministrators()
    {
        var cchc = await app.UnitIdAsync("Phòng Cải cách hành chính");
        using var official = await app.ClientForAsync("chuyenvien");
        var seen = await (await official.GetAsync($"/api/v1/units/{cchc}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var members = seen.GetProperty("members").EnumerateArray().ToList();
        members.ShouldNotBeEmpty();
        members.ShouldAllBe(m => m.GetProperty("userName").ValueKind == JsonValueKind.Null && m.GetProperty("fullName").GetString()!.Length > 0 && m.GetProperty("title").GetString()!.Length > 0);
        using var admin = await app.ClientForAsync("admin");
        var administered = await (await admin.GetAsync($"/api/v1/units/{cchc}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        administered.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userName").GetString()).ShouldContain("chuyenvien");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void KeyFiles_AreCreatedReadableByTheirOwnerOnly_AndTightenedWhenLeftOpen()
    {
        var dir = Directory.CreateTempSubdirectory("kycuong-key-").FullName;
        try
        {
            var fresh = Path.Combine(dir, "token-signing.key");
            SecretFile.ReadOrCreate(fresh, 32).Length.ShouldBe(32);
            File.GetUnixFileMode(fresh).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            var open = Path.Combine(dir, "audit.key");
            File.WriteAllBytes(open, new byte[32]);
            File.SetUnixFileMode(open, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            SecretFile.ReadOrCreate(open, 32);
            File.GetUnixFileMode(open).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string WithoutTraceId(string body)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
        fields.Remove("traceId");
        return JsonSerializer.Serialize(fields.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary());
    }

    /// <summary>A request as the reverse proxy (10.0.0.1, a known proxy) forwards it for <paramref name="client"/>.</summary>
    private async Task<(int Status, string Body)> TokenFromAsync(string client, string userName, string password)
    {
        using var http = app.BehindProxy.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = JsonContent.Create(new { userName, password }) };
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await http.SendAsync(request, Ct);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}

/// <summary>The demo host behind a reverse proxy at 10.0.0.1.</summary>
public abstract class AccountSecurityApp(DatabaseProvider provider) : AppFixture(provider)
{
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? _behindProxy;

    /// <summary>The same host and database where every connection comes from the proxy at 10.0.0.1.</summary>
    public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> BehindProxy => _behindProxy ??= Factory.WithWebHostBuilder(b =>
        b.ConfigureServices(s => s.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, FromProxy>()));

    // The production password-hash cost (the other test hosts use KyCuongFactory.TestPasswordHashIterations).
    protected override Dictionary<string, string?>? Settings() => new()
    {
        ["ForwardedHeaders:KnownProxies"] = "10.0.0.1",
        ["Auth:PasswordHashIterations"] = AuthOptions.ProductionPasswordHashIterations.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private sealed class FromProxy : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.1");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class SqliteAccountSecurityApp() : AccountSecurityApp(DatabaseProvider.Sqlite);

public sealed class PostgresAccountSecurityApp() : AccountSecurityApp(DatabaseProvider.Postgres);

[Collection("sqlite")]
public sealed class SqliteAccountSecurityTests(SqliteAccountSecurityApp app) : AccountSecurityTests<SqliteAccountSecurityApp>(app), IClassFixture<SqliteAccountSecurityApp>;

[Collection("postgres")]
public sealed class PostgresAccountSecurityTests(PostgresAccountSecurityApp app) : AccountSecurityTests<PostgresAccountSecurityApp>(app), IClassFixture<PostgresAccountSecurityApp>;
