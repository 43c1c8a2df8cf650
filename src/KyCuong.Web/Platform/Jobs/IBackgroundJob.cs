namespace KyCuong.Web.Platform.Jobs;

/// <summary>A named, idempotent background job: it handles what is due at the app's current time and says how many items it handled.</summary>
internal interface IBackgroundJob
{
    string Name { get; }

    /// <summary>Jobs run in ascending order within one run (default 0).</summary>
    int Order => 0;

    /// <summary>
    /// True (the default): the job runs on one node at a time, under its named lock. False for a job whose own work is safe
    /// on several nodes at once (the outbox drainer: its claim is <c>FOR UPDATE SKIP LOCKED</c>, its handlers idempotent).
    /// </summary>
    bool OneNodeAtATime => true;

    Task<int> RunAsync(CancellationToken ct);
}
