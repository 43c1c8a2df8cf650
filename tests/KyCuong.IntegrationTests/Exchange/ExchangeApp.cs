using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Exchange.Hub;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Exchange;

/// <summary>
/// The demo-seeded host on one provider with the local edXML hub on loopback (docs/domain.md "edXML exchange"): the host hands its
/// envelopes and status messages to the hub over HTTP, and the hub delivers them to this same host's inbox (two agencies in one
/// instance), as the hub's account.
/// </summary>
public abstract class ExchangeApp : AppFixture
{
    public const string ProvinceCode = "000.00.00.H01";
    public const string HomeAffairsCode = "000.00.12.H01";

    private HttpClient? _delivery;

    /// <summary>The hub; it delivers with the account <see cref="EnsureAgenciesAsync"/> gives it (none before: 404 at the hub).</summary>
    internal LocalEdXmlHub Hub { get; }

    protected ExchangeApp(DatabaseProvider provider) : base(provider) => Hub = new LocalEdXmlHub(_ => _delivery);

    protected override string DatabasePrefix => "edxml";

    protected override Task StartDependenciesAsync() => Hub.StartAsync();

    protected override ValueTask StopDependenciesAsync() => Hub.DisposeAsync();

    protected override Dictionary<string, string?> Settings() => new() { ["Exchange:HubUrl"] = Hub.BaseUrl };

    /// <summary>Gives the province and its Department of Home Affairs agency codes (once), and the hub its account.</summary>
    public async Task EnsureAgenciesAsync()
    {
        _delivery ??= await ClientForAsync("admin");
        var province = await UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var homeAffairs = await UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (id, code) in new[] { (province, ProvinceCode), (homeAffairs, HomeAffairsCode) })
        {
            var unit = await db.Units.SingleAsync(u => u.Id == id);
            if (unit.AgencyCode != code)
            {
                unit.Import(unit.Code ?? code, unit.Name, unit.ShortName, unit.Kind, code);
            }
        }

        await db.SaveChangesAsync();
    }
}

public sealed class SqliteExchangeApp() : ExchangeApp(DatabaseProvider.Sqlite);

public sealed class PostgresExchangeApp() : ExchangeApp(DatabaseProvider.Postgres);
