namespace KyCuong.Web.Platform.Demo;

/// <summary>
/// Whether this install is a demonstration: the demo world (twelve accounts sharing a published password) is seeded by
/// default only in the Development environment, which <c>dotnet run</c> uses through launchSettings.json; in any other
/// environment only when <c>Demo:Seed=true</c> is set explicitly, so a production install never starts with it by
/// accident (README, "Configuration"; SECURITY.md).
/// </summary>
internal sealed record DemoMode(bool Seed, bool IsDevelopment)
{
    /// <summary>The demo accounts' password, published in the README: it protects nothing.</summary>
    public const string PublishedPassword = "KyCuong@2026";

    /// <summary>
    /// The published password may be given to an account only where the demo world is wanted: in Development, or where an
    /// operator switched the demo world on explicitly (test hosts, a training install).
    /// </summary>
    public bool AllowsPublishedPassword => IsDevelopment || Seed;

    public static DemoMode From(DemoOptions options, IHostEnvironment environment) =>
        new(options.Seed ?? environment.IsDevelopment(), environment.IsDevelopment());
}
