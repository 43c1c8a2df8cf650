using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>The hand-written migrations of each provider build exactly the model's schema, from an empty database.</summary>
public abstract class MigrationTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_EmptyDatabase_SchemaEqualsTheModel()
    {
        await using var migrated = await TestDatabase.CreateAsync(provider, "mig");
        await using var modelled = await TestDatabase.CreateAsync(provider, "model");
        await using (var db = Context(migrated))
        {
            var applied = await DatabaseSetup.MigrateAsync(db, Ct);
            applied.ShouldNotBeEmpty();
            (await db.Database.GetPendingMigrationsAsync(Ct)).ShouldBeEmpty();
        }

        await using (var db = Context(modelled))
        {
            // Throwaway reference database: the schema EF derives from the model, to compare the migrations against.
            await db.Database.EnsureCreatedAsync(Ct);
        }

        var fromMigrations = await SchemaReader.ReadAsync(new TestDatabaseInfo(provider, migrated.ConnectionString));
        var fromModel = await SchemaReader.ReadAsync(new TestDatabaseInfo(provider, modelled.ConnectionString));
        var missing = fromModel.Except(fromMigrations).ToList();
        var extra = fromMigrations.Except(fromModel).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The {provider} migrations do not match the model (add a migration):\nmissing: {string.Join("\n  ", missing)}\nextra: {string.Join("\n  ", extra)}");
    }

    [Fact]
    public async Task MigrateVerb_UnmigratedDatabase_ReadyOnlyAfterMigration()
    {
        await using var database = await TestDatabase.CreateAsync(provider, "verb");
        await using (var factory = new KyCuongFactory(database, settings: new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" }))
        {
            using var client = factory.CreateClient();
            (await client.GetAsync("/health/live", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.GetAsync("/health/ready", Ct)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }

        var exit = await AppHost.MigrateAndExitAsync([$"--Database:Provider={provider}", $"--ConnectionStrings:Default={database.ConnectionString}"]);
        exit.ShouldBe(0);
        await using (var factory = new KyCuongFactory(database, settings: new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" }))
        {
            using var client = factory.CreateClient();
            (await client.GetAsync("/health/ready", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Restart_SameDatabase_KeepsData()
    {
        await using var database = await TestDatabase.CreateAsync(provider, "restart");
        Guid unitId;
        await using (var first = new KyCuongFactory(database))
        {
            using var admin = await SignInAsync(first, "admin");
            var root = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).EnumerateArray().First(u => u.GetProperty("parentId").ValueKind == JsonValueKind.Null).GetProperty("id").GetGuid();
            var created = await admin.PostAsJsonAsync("/api/v1/units", new { name = "Bộ Tư pháp", shortName = "BTP", parentId = root, kind = "ministry" }, Ct);
            unitId = (await created.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        }

        await using (var second = new KyCuongFactory(database))
        {
            using var admin = await SignInAsync(second, "admin");
            var unit = await (await admin.GetAsync($"/api/v1/units/{unitId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            unit.GetProperty("unit").GetProperty("name").GetString().ShouldBe("Bộ Tư pháp");
            // The demo world is seeded once, not again on restart.
            var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
            units.EnumerateArray().Count(u => u.GetProperty("name").GetString() == "Bộ Nội vụ").ShouldBe(1);
        }
    }

    [Fact]
    public async Task DemoSeedOff_OnlyRootAndConfiguredAdministrator()
    {
        await using var database = await TestDatabase.CreateAsync(provider, "empty");
        await using var factory = new KyCuongFactory(database, demoSeed: false, settings: new Dictionary<string, string?>
        {
            ["Admin:UserName"] = "quantri", ["Admin:Password"] = "QuanTri@2026",
        });
        using var admin = await SignInAsync(factory, "quantri", "QuanTri@2026");
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
        units.GetArrayLength().ShouldBe(1);
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("isAdministrator").GetBoolean().ShouldBeTrue();
    }

    private static async Task<HttpClient> SignInAsync(KyCuongFactory factory, string userName, string password = AppFixture.DemoPassword)
    {
        var client = factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private AppDbContext Context(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddAppDatabase(new DatabaseOptions { Provider = provider, ConnectionString = database.ConnectionString });
        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();
    }
}

[Collection("sqlite")]
public sealed class SqliteMigrationTests() : MigrationTests(DatabaseProvider.Sqlite);

[Collection("postgres")]
public sealed class PostgresMigrationTests() : MigrationTests(DatabaseProvider.Postgres);
