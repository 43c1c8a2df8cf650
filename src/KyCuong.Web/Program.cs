using KyCuong.Web;

// Composition only: see AppHost.
if (args.Length > 0 && args[0] == "migrate")
{
    return await AppHost.MigrateAndExitAsync(args[1..]);
}

var app = AppHost.Build(args);
await app.RunAsync();
return 0;

/// <summary>Entry point type for WebApplicationFactory.</summary>
public partial class Program;
