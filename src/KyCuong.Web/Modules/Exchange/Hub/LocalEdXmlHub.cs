using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Threading.Channels;
using KyCuong.Web.Modules.Exchange.Transport;

namespace KyCuong.Web.Modules.Exchange.Hub;

/// <summary>One message the local hub took, and what the recipient's inbox answered (null while not yet delivered).</summary>
internal sealed record HubRecord(HubMessage Message, DateTimeOffset AcceptedAt)
{
    public int? DeliveredStatus { get; set; }

    public string? Answer { get; set; }
}

/// <summary>
/// A small exchange hub for tests and the demo (the national hub is outside the project; docs/domain.md "edXML exchange"): a Kestrel
/// server on loopback that accepts <c>POST /messages</c> (<see cref="HttpExchangeHub"/>'s call) with 202, then delivers each message
/// to the inbox of the system that holds its recipient's agency code, over HTTP, in order of arrival, retrying a failed delivery a few
/// times. Every message is kept with the inbox's answer, for tests to read.
/// </summary>
internal sealed class LocalEdXmlHub(Func<string, HttpClient?> systemOf, TimeProvider? clock = null) : IAsyncDisposable
{
    private readonly ConcurrentQueue<HubRecord> _records = new();
    private readonly Channel<HubRecord> _queue = Channel.CreateUnbounded<HubRecord>();
    private WebApplication? _app;
    private Task? _deliverer;
    private readonly CancellationTokenSource _stop = new();

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<HubRecord> Records => [.. _records];

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(System.Net.IPAddress.Loopback, 0);
            o.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/messages", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var message = new HubMessage(request.Headers["X-EdXml-Kind"].ToString(), request.Headers["X-EdXml-From"].ToString(),
                request.Headers["X-EdXml-To"].ToString(), buffer.ToArray());
            if (message.ToCode.Length == 0 || message.Body.Length == 0)
            {
                return Results.BadRequest();
            }

            var record = new HubRecord(message, (clock ?? TimeProvider.System).GetUtcNow());
            _records.Enqueue(record);
            await _queue.Writer.WriteAsync(record);
            return Results.Accepted();
        });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
        _deliverer = Task.Run(() => DeliverAsync(_stop.Token));
    }

    /// <summary>Waits until every message taken so far has been delivered (or given up).</summary>
    public async Task IdleAsync(TimeSpan timeout)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (_records.Any(r => r.DeliveredStatus is null))
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException("The local hub still has undelivered messages.");
            }

            await Task.Delay(20);
        }
    }

    private async Task DeliverAsync(CancellationToken ct)
    {
        await foreach (var record in _queue.Reader.ReadAllAsync(ct))
        {
            var client = systemOf(record.Message.ToCode);
            if (client is null)
            {
                record.Answer = "No system holds agency code " + record.Message.ToCode;
                record.DeliveredStatus = 404;
                continue;
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    using var content = new ByteArrayContent(record.Message.Body);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/xml") { CharSet = "utf-8" };
                    using var response = await client.PostAsync("/api/v1/edxml/inbox", content, ct);
                    record.Answer = await response.Content.ReadAsStringAsync(ct);
                    if ((int)response.StatusCode < 500 || attempt >= 3)
                    {
                        record.DeliveredStatus = (int)response.StatusCode;
                        break;
                    }
                }
                catch (HttpRequestException e)
                {
                    record.Answer = e.Message;
                    if (attempt >= 3)
                    {
                        record.DeliveredStatus = 0;
                        break;
                    }
                }

                await Task.Delay(100 * attempt, ct);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _queue.Writer.TryComplete();
        if (_deliverer is not null)
        {
            try
            {
                await _deliverer;
            }
            catch (OperationCanceledException)
            {
            }
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _stop.Dispose();
    }
}
