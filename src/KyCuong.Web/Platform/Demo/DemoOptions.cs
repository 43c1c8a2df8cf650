namespace KyCuong.Web.Platform.Demo;

/// <summary>Settings under <c>Demo</c> (README, Configuration): absent = on in Development only (<see cref="DemoMode"/>).</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool? Seed { get; set; }
}
