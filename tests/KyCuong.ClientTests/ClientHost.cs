using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.ClientTests;

/// <summary>
/// The real host on real Kestrel (127.0.0.1, a free port) over a copy of the run's demo-seeded database, so the generated client
/// talks HTTP over a socket as an external system would, not through the in-memory test server.
/// </summary>
public abstract class ClientHost(DatabaseProvider provider) : IAsyncLifetime
{
    public KyCuongFactory Factory { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var db = await TestDatabase.FromTemplateAsync(provider, "client");
        Factory = new KyCuongFactory(db);
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Factory.Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteClientHost() : ClientHost(DatabaseProvider.Sqlite);

public sealed class PostgresClientHost() : ClientHost(DatabaseProvider.Postgres);

