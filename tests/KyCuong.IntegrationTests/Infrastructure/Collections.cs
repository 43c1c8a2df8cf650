namespace KyCuong.IntegrationTests.Infrastructure;

[CollectionDefinition("sqlite")]
public sealed class SqliteGroup;

[CollectionDefinition("postgres")]
public sealed class PostgresGroup;
