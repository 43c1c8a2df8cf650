using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>The real host (Program) on a real database, in the Testing environment with the manual clock.</summary>
public sealed class KyCuongFactory(TestDatabase database, bool demoSeed = true, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 2, 3, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>PBKDF2 iterations of the test hosts' password hashes (production: 100,000, Identity's default).</summary>
    public const int TestPasswordHashIterations = 1_000;

    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Clock:Mode", "Manual");
        builder.UseSetting("Clock:Start", DefaultNow.ToString("O"));
        builder.UseSetting("Demo:Seed", demoSeed ? "true" : "false");
        builder.UseSetting("RateLimit:SignInPerMinute", "1000");
        builder.UseSetting("Citizens:SubmissionsPerHour", "100000");
        builder.UseSetting("Citizens:LookupsPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // No LibreOffice started at each test host's start: the tests that export a PDF pay the first start themselves.
        builder.UseSetting("Pdf:Prewarm", "false");
        // Password hashes at a test-only cost in the Testing environment (the test hosts hash and check passwords thousands of
        // times a run: the demo accounts at each start, every sign-in); a host given another environment keeps the production
        // cost, and AccountSecurityTests checks that cost (docs/performance.md "The test suite's CPU, 6 December 2026").
        if (settings?.GetValueOrDefault("environment") is null or "Testing")
        {
            builder.UseSetting("Auth:PasswordHashIterations", TestPasswordHashIterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Body-wide evaluations in batches of a few people, so the tests' small bodies go through several batches of the pipeline (read
        // ahead, scored in parallel) as a province does (docs/performance.md "Evaluation of a province's quarter on two cores").
        builder.UseSetting("Evaluation:BatchPeople", "3");

        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(k, v);
        }
    }
}
