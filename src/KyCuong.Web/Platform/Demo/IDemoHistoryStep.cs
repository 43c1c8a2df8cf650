namespace KyCuong.Web.Platform.Demo;

/// <summary>
/// One module's part of the demo's simulated past (<see cref="DemoHistory"/>): called once per simulated working day, in
/// <see cref="Order"/>, it acts through the module's own handlers as the demo accounts would. A new scene is one more
/// <c>if (day.Is(…))</c> in a module's step; a new module adds a step and registers it in its <c>*Module.cs</c>.
/// </summary>
internal interface IDemoHistoryStep
{
    int Order { get; }

    Task PlayAsync(DemoDay day, CancellationToken ct);
}
