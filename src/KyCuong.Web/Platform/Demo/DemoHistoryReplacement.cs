namespace KyCuong.Web.Platform.Demo;

/// <summary>
/// A service the demo's simulated past (<see cref="DemoHistory"/>) builds instead of the host's registration of
/// <see cref="ServiceType"/>, scoped, from <see cref="Factory"/>: e.g. the exchange hub, whose envelopes in the past go to this
/// installation's own inbox. Registered by a module as a singleton instance; the host's own container never uses it.
/// </summary>
internal sealed record DemoHistoryReplacement(Type ServiceType, Func<IServiceProvider, object> Factory);
