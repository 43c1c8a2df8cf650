using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway Redis (Debian's <c>redis-server</c>) on a free loopback port, with its files in a temp folder; stopped and
/// deleted on dispose. test.sh installs the package when it is missing; without it this fails with a clear message.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dir;

    private RedisServer(Process process, string dir, int port)
    {
        _process = process;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var exe = Find() ?? throw new InvalidOperationException(
            "redis-server không có trên máy này / is not installed: apt-get install redis-server (test.sh does it when run as root).");
        var port = FreePort();
        var dir = Directory.CreateTempSubdirectory("kycuong-redis-").FullName;
        var start = new ProcessStartInfo(exe)
        {
            ArgumentList = { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, "--daemonize", "no", "--loglevel", "warning" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, dir, port);
        var deadline = Stopwatch.StartNew();
        while (!await server.PingAsync())
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(15))
            {
                await server.DisposeAsync();
                throw new InvalidOperationException($"redis-server did not answer on port {port}");
            }

            await Task.Delay(50);
        }

        return server;
    }

    /// <summary>A loopback port nothing listens on (for "Redis is down").</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    private static string? Find() =>
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(p => Path.Combine(p, "redis-server")).FirstOrDefault(File.Exists);

    /// <summary>Stops the server (kill), as a crash would.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // left to the temp folder's cleaning
        }
    }
}
