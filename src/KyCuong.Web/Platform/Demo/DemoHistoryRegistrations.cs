namespace KyCuong.Web.Platform.Demo;

/// <summary>
/// The host's service registrations, kept so that <see cref="DemoHistory"/> can compose a second container in which every
/// handler receives the simulated clock instead of the real one (the real container is never touched).
/// </summary>
internal sealed class DemoHistoryRegistrations(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;
}
