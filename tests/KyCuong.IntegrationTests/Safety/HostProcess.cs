using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using KyCuong.IntegrationTests.Platform;

namespace KyCuong.IntegrationTests.Safety;

/// <summary>
/// The real host as its own operating-system process (the built KyCuong.Web.dll beside the test's configuration), on a
/// PostgreSQL database, in the Testing environment with the manual clock, no demo world and one administrator; so a test
/// can SIGKILL it (<see cref="Process.Kill()"/> on Linux) mid-transaction, as a crash or an OOM kill would.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    public const string AdminUser = "safety.admin";
    public const string Password = "An-toan-khi-sap-2026";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, int port)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
    }

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static string HostDll()
    {
        var config = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(CliTests.RepoRoot(), "src", "KyCuong.Web", "bin", config, "net10.0", "KyCuong.Web.dll");
    }

    public static async Task<HostProcess> StartAsync(string connectionString, DateTimeOffset now, CancellationToken ct)
    {
        File.Exists(HostDll()).ShouldBeTrue(HostDll());
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(CliTests.RepoRoot(), "src", "KyCuong.Web"),
        };
        psi.ArgumentList.Add(HostDll());
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        psi.Environment["Database__Provider"] = "Postgres";
        psi.Environment["ConnectionStrings__Default"] = connectionString;
        psi.Environment["Database__MigrateOnStartup"] = "true";
        psi.Environment["Clock__Mode"] = "Manual";
        psi.Environment["Clock__Start"] = now.ToString("O", CultureInfo.InvariantCulture);
        psi.Environment["Demo__Seed"] = "false";
        psi.Environment["Admin__UserName"] = AdminUser;
        psi.Environment["Admin__Password"] = Password;
        psi.Environment["RateLimit__SignInPerMinute"] = "10000";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        // Small batches, so a few thousand due tasks take dozens of transactions: the kill lands between two of them
        // without seeding tens of thousands of rows (docs/adr/0006-deadline-engine.md: one transaction per claimed batch).
        psi.Environment["Chasing__BatchSize"] = "50";
        // No LibreOffice pre-warm beside the processes these tests time against each other.
        psi.Environment["Pdf__Prewarm"] = "false";
        psi.Environment["Auth__SigningKey"] = "safety-test-signing-key-0123456789abcdefghij";
        var process = Process.Start(psi)!;
        var host = new HostProcess(process, port);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var sw = Stopwatch.StartNew();
        while (true)
        {
            process.HasExited.ShouldBeFalse($"host exited: {host.Output}");
            try
            {
                using var r = await host.Http.GetAsync("/health/ready", ct);
                if (r.IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }

            (sw.Elapsed < TimeSpan.FromSeconds(90)).ShouldBeTrue($"host not ready: {host.Output}");
            await Task.Delay(100, ct);
        }

        var token = await host.Http.PostAsJsonAsync("/api/v1/auth/token", new { userName = AdminUser, password = Password }, ct);
        token.EnsureSuccessStatusCode();
        var access = (await token.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();
        host.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        return host;
    }

    public async Task SetClockAsync(DateTimeOffset now, CancellationToken ct)
    {
        using var r = await Http.PostAsJsonAsync("/api/v1/system/clock", new { now }, ct);
        r.EnsureSuccessStatusCode();
    }

    /// <summary>Runs the due jobs and returns how many items each handled.</summary>
    public async Task<Dictionary<string, int>> RunJobsAsync(CancellationToken ct)
    {
        using var r = await Http.PostAsync("/api/v1/system/jobs/run", null, ct);
        var body = await r.Content.ReadAsStringAsync(ct);
        r.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("jobs").EnumerateArray()
            .ToDictionary(j => j.GetProperty("name").GetString()!, j => j.GetProperty("processed").GetInt32());
    }

    /// <summary>SIGKILL: no shutdown hooks, no transaction commit, sockets dropped by the kernel.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await KillAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }
}
