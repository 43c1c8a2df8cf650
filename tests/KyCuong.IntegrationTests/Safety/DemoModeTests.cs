using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KyCuong.IntegrationTests.Safety;

/// <summary>
/// A production install never starts with the demo world or its published password (README "Configuration",
/// SECURITY.md): the demo world is seeded by default only in Development; elsewhere only with Demo__Seed=true.
/// </summary>
public abstract class DemoModeTests(DatabaseProvider provider)
{
    private const string Admin = "quantri.sx";
    private const string AdminPassword = "Quan-tri-san-xuat-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A host as an operator starts it: Production, system clock, no Demo__Seed at all.</summary>
    private static Dictionary<string, string?> Production(bool? demoSeed) => new()
    {
        ["environment"] = "Production",
        ["Demo:Seed"] = demoSeed?.ToString(),
        ["Clock:Mode"] = "System",
        ["Jobs:Enabled"] = "false",
        ["Auth:SigningKey"] = "demo-mode-test-signing-key-0123456789abcdef",
        ["Admin:UserName"] = Admin,
        ["Admin:Password"] = AdminPassword,
    };

    [Fact]
    public async Task Production_WithoutDemoSeed_HasOnlyRootAndAdministrator_AndRefusesWeakPasswords()
    {
        await using var database = await TestDatabase.CreateAsync(provider, "prod");
        await using var factory = new KyCuongFactory(database, settings: Production(demoSeed: null));
        using var anon = factory.CreateClient();
        (await anon.PostAsJsonAsync("/api/v1/auth/token", new { userName = "chutich", password = DemoPasswordText }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anon.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = DemoPasswordText }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var admin = await SignInAsync(factory, Admin, AdminPassword);
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
        units.GetArrayLength().ShouldBe(1);
        var accounts = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?pageSize=100", Ct);
        accounts.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ShouldBe([Admin]);

        var root = units[0].GetProperty("id").GetGuid();
        async Task<JsonElement> CreateAsync(string password) => await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "cv." + Guid.NewGuid().ToString("N")[..8], fullName = "Nguyễn Thị Thử", password, unitId = root, position = "Chuyên viên", roles = new[] { "specialist" },
        }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        // The published demo password, a breach-list favourite and a short one are refused; a long, unusual one is taken.
        (await CreateAsync(DemoPasswordText)).GetProperty("errors").GetProperty("password")[0].GetString()!.ShouldContain("mẫu");
        (await CreateAsync("Password@123")).GetProperty("errors").GetProperty("password")[0].GetString()!.ShouldContain("phổ biến");
        (await CreateAsync("Passw0rd!")).GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
        (await CreateAsync("Kc!2026abcd")).GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
        // HSTS on HTTPS responses outside Development, never on plain HTTP.
        using var https = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://kycuong.example") });
        (await https.GetAsync("/health/live", Ct)).Headers.Contains("Strict-Transport-Security").ShouldBeTrue();
        (await anon.GetAsync("/health/live", Ct)).Headers.Contains("Strict-Transport-Security").ShouldBeFalse();

        (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "cv.ok", fullName = "Nguyễn Thị Được", password = "Mùa lúa chín ở Tri Tôn, 2026", unitId = root, position = "Chuyên viên", roles = new[] { "specialist" },
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Production_WithDemoSeedExplicit_SeedsTheDemoWorld_AndWarnsAboutThePublishedPassword()
    {
        await using var database = await TestDatabase.CreateAsync(provider, "prodemo");
        var logs = new CapturingLoggerProvider();
        await using var factory = new KyCuongFactory(database, settings: Production(demoSeed: true))
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var chutich = await SignInAsync(factory, "chutich", DemoPasswordText);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!logs.Messages.Any(m => m.Contains("mật khẩu mẫu", StringComparison.Ordinal)) && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100, Ct);
        }

        var warning = logs.Messages.Single(m => m.Contains("mật khẩu mẫu", StringComparison.Ordinal));
        warning.ShouldStartWith("12 tài khoản");
        warning.ShouldContain("chutich");
        warning.ShouldNotContain(Admin);
        // A fresh database starts without an error logged: the key ring is read only after the migrations made its table.
        logs.Errors.ShouldBeEmpty();
    }

    /// <summary>
    /// The check hashes each distinct stored password once (PBKDF2 costs about 10 ms of a core): the twelve demo accounts share
    /// one hash, so the start checks a handful of hashes, not every account — at national size every account once was a
    /// quarter of an hour of a core at every start of every node.
    /// </summary>
    [Fact]
    public async Task PublishedPasswordCheck_HashesEachDistinctPasswordOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider, "prodhash");
        var logs = new CapturingLoggerProvider();
        var hasher = new CountingHasher();
        await using var factory = new KyCuongFactory(database, settings: Production(demoSeed: true))
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs))
                .ConfigureTestServices(s => s.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<KyCuong.Web.Modules.Organisation.Domain.AppUser>>(hasher)));
        _ = factory.Server;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!logs.Messages.Any(m => m.Contains("mật khẩu mẫu", StringComparison.Ordinal)) && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100, Ct);
        }

        logs.Messages.Single(m => m.Contains("mật khẩu mẫu", StringComparison.Ordinal)).ShouldStartWith("12 tài khoản");
        // The demo's shared hash, the administrator's and the root's at most; every account once would be 14 or more.
        hasher.Verified.ShouldBeLessThanOrEqualTo(3);
    }

    private sealed class CountingHasher : Microsoft.AspNetCore.Identity.IPasswordHasher<KyCuong.Web.Modules.Organisation.Domain.AppUser>
    {
        private readonly Microsoft.AspNetCore.Identity.PasswordHasher<KyCuong.Web.Modules.Organisation.Domain.AppUser> _inner = new();
        private int _verified;

        public int Verified => Volatile.Read(ref _verified);

        public string HashPassword(KyCuong.Web.Modules.Organisation.Domain.AppUser user, string password) => _inner.HashPassword(user, password);

        public Microsoft.AspNetCore.Identity.PasswordVerificationResult VerifyHashedPassword(KyCuong.Web.Modules.Organisation.Domain.AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private const string DemoPasswordText = AppFixture.DemoPassword;

    private static async Task<HttpClient> SignInAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string userName, string password)
    {
        var client = factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ConcurrentQueue<string> Errors { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                owner.Messages.Enqueue(formatter(state, exception));
                if (logLevel >= LogLevel.Error)
                {
                    owner.Errors.Enqueue($"{logLevel}: {formatter(state, exception)} {exception?.Message}");
                }
            }
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteDemoModeTests() : DemoModeTests(DatabaseProvider.Sqlite);

[Collection("postgres")]
public sealed class PostgresDemoModeTests() : DemoModeTests(DatabaseProvider.Postgres);
