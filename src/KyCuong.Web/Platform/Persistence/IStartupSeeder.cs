namespace KyCuong.Web.Platform.Persistence;

/// <summary>Fills an empty database at start-up (demo world, or the root unit and the administrator). Runs in <see cref="Order"/>.</summary>
internal interface IStartupSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken ct);
}
