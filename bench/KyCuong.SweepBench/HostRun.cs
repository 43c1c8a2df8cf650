using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace KyCuong.SweepBench;

/// <summary>
/// The real host as a separate process (Release build of KyCuong.Web), on PostgreSQL, in the Testing environment with
/// the manual clock, no demo world, and one administrator; and a sampler of its resident memory.
/// </summary>
internal sealed class HostRun : IAsyncDisposable
{
    public const string AdminUser = "bench.admin";

    private readonly Process _process;

    private HostRun(Process process, int port)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(30) };
    }

    public HttpClient Http { get; }

    public int Pid => _process.Id;

    public static string HostDll()
    {
        var root = RepoRoot();
        var dll = Path.Combine(root, "src", "KyCuong.Web", "bin", "Release", "net10.0", "KyCuong.Web.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the host first: dotnet build -c Release src/KyCuong.Web ({dll})");
    }

    public static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "KyCuong.slnx")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("KyCuong.slnx not found above the bench's output folder.");
    }

    /// <param name="settings">Further settings of the host, as environment variables (e.g. <c>Outbox__MaxBatchesPerRun</c>).</param>
    public static async Task<HostRun> StartAsync(string connectionString, DateTimeOffset now, TextWriter log, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = 20000 + Random.Shared.Next(20000);
        var psi = new ProcessStartInfo("dotnet", $"\"{HostDll()}\"")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(RepoRoot(), "src", "KyCuong.Web"),
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        psi.Environment["Database__Provider"] = "Postgres";
        psi.Environment["ConnectionStrings__Default"] = connectionString;
        psi.Environment["Database__MigrateOnStartup"] = "true";
        psi.Environment["Clock__Mode"] = "Manual";
        psi.Environment["Clock__Start"] = now.ToString("O", CultureInfo.InvariantCulture);
        psi.Environment["Demo__Seed"] = "false";
        psi.Environment["Admin__UserName"] = AdminUser;
        psi.Environment["Admin__Password"] = DueDataset.Password;
        psi.Environment["RateLimit__SignInPerMinute"] = "100000";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        psi.Environment["Auth__SigningKey"] = "sweep-benchmark-signing-key-0123456789abcdef";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            psi.Environment[name] = value;
        }

        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log.WriteLine($"    [host] {e.Data}"); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log.WriteLine($"    [host!] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var run = new HostRun(process, port);
        var sw = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"host exited with {process.ExitCode}");
            }

            try
            {
                using var r = await run.Http.GetAsync("/health/ready");
                if (r.IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (sw.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException("host not ready after 3 minutes");
            }

            await Task.Delay(200);
        }

        log.WriteLine($"  host pid {process.Id} ready in {sw.Elapsed.TotalSeconds:F1} s");
        var token = await run.TokenAsync(AdminUser);
        run.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return run;
    }

    public async Task<string> TokenAsync(string user)
    {
        var r = await Http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = DueDataset.Password });
        r.EnsureSuccessStatusCode();
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>VmRSS of the host in KiB (0 once it has gone).</summary>
    public long ResidentKiB()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
