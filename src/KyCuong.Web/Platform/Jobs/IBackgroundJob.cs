namespace KyCuong.Web.Platform.Jobs;

/// <summary>A named, idempotent background job: it handles what is due at the app's current time and says how many items it handled.</summary>
internal interface IBackgroundJob
{
    string Name { get; }

    /// <summary>Jobs run in ascending order within one run (default 0).</summary>
    int Order => 0;

    Task<int> RunAsync(CancellationToken ct);
}
