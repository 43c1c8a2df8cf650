using KyCuong.Web.Platform.Persistence;
using Microsoft.Extensions.Configuration;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>The PostgreSQL connection settings the application adds where the operator named none (docs/operations.md).</summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void Defaults_AddedWhereMissing()
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseOptions.WithPostgresDefaults("Host=db;Database=kycuong;Username=app;Maximum Pool Size=8"));
        cs.MaxAutoPrepare.ShouldBe(100);
        cs.AutoPrepareMinUsages.ShouldBe(2);
        cs.NoResetOnClose.ShouldBeTrue();
        cs.MaxPoolSize.ShouldBe(8);
        cs.Host.ShouldBe("db");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false;Auto Prepare Min Usages=5")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false;autoprepareminusages=5")]
    public void OperatorsValues_Win(string given)
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseOptions.WithPostgresDefaults(given));
        cs.MaxAutoPrepare.ShouldBe(0);
        cs.NoResetOnClose.ShouldBeFalse();
        cs.AutoPrepareMinUsages.ShouldBe(5);
    }

    [Fact]
    public void Sqlite_Untouched()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Default"] = "Data Source=x.db",
        }).Build();
        DatabaseOptions.From(configuration).ConnectionString.ShouldBe("Data Source=x.db");
    }

    [Fact]
    public void Postgres_BothStrings_GetTheDefaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres", ["ConnectionStrings:Default"] = "Host=a;Database=k", ["ConnectionStrings:ReadOnly"] = "Host=a,b;Database=k;Target Session Attributes=prefer-standby",
        }).Build();
        var options = DatabaseOptions.From(configuration);
        new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString).NoResetOnClose.ShouldBeTrue();
        var ro = new Npgsql.NpgsqlConnectionStringBuilder(options.ReadOnlyConnectionString);
        ro.MaxAutoPrepare.ShouldBe(100);
        ro.Host.ShouldBe("a,b");
    }
}
