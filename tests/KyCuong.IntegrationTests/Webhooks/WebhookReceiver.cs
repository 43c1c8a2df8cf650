using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KyCuong.IntegrationTests.Webhooks;

/// <summary>One POST the receiver got: its path, the four KyCuong headers and the exact body.</summary>
public sealed record ReceivedHook(string Path, string? Event, string? Timestamp, string? Signature, string? Delivery, string Body, int AnsweredStatus);

/// <summary>
/// An external system on loopback: a real Kestrel server on 127.0.0.1 and a random port. Each path answers the status codes queued
/// for it in turn (then 200), and every request is kept in arrival order.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedHook> _received = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<ReceivedHook> Received => [.. _received];

    public IReadOnlyList<ReceivedHook> At(string path) => _received.Where(r => r.Path == path).ToList();

    /// <summary>The next requests to <paramref name="path"/> get these status codes, one each; after them, 200.</summary>
    public void Answer(string path, params int[] statuses)
    {
        var q = _answers.GetOrAdd(path, _ => new ConcurrentQueue<int>());
        foreach (var s in statuses)
        {
            q.Enqueue(s);
        }
    }

    /// <summary>Every request to <paramref name="path"/> gets this status from now on.</summary>
    public void AlwaysAnswer(string path, int status) => _always[path] = status;

    private readonly ConcurrentDictionary<string, int> _always = new(StringComparer.Ordinal);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Path.Value ?? "/";
            var status = _always.TryGetValue(path, out var always) ? always
                : _answers.TryGetValue(path, out var q) && q.TryDequeue(out var next) ? next : 200;
            _received.Enqueue(new ReceivedHook(path, context.Request.Headers["X-KyCuong-Event"], context.Request.Headers["X-KyCuong-Timestamp"],
                context.Request.Headers["X-KyCuong-Signature"], context.Request.Headers["X-KyCuong-Delivery"], body, status));
            context.Response.StatusCode = status;
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
