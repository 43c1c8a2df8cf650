namespace KyCuong.Web.Platform.Jobs;

/// <summary>A named lock held while one job runs, so the same job never runs twice at once across nodes.</summary>
internal interface IJobLock
{
    /// <summary>The held lock (dispose to release), or null when another node or thread holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken ct);
}
