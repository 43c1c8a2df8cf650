namespace KyCuong.Web.Platform.Jobs;

/// <summary>A named, idempotent background job: it handles what is due at the app's current time and says how many items it handled.</summary>
public interface IBackgroundJob
{
    string Name { get; }

    Task<int> RunAsync(CancellationToken ct);
}
