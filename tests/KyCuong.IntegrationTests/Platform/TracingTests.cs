using System.Diagnostics;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>
/// Traces (docs/operations.md): with tracing on, an HTTP request gives a server span, a job run gives a span named after the
/// job with its item count, and the EF Core commands it issues are child spans in the same trace; health probes are left out.
/// </summary>
public abstract class TracingTests<TApp>(TApp app) where TApp : AppFixture
{
    private static readonly ActivitySource TestSource = new("KyCuong.IntegrationTests.Tracing");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TracingOn_RequestsJobsAndDatabaseCommands_AreSpansOfOneTrace()
    {
        var spans = new List<Activity>();
        await using var factory = new KyCuongFactory(app.Factory.Database, demoSeed: false,
            new Dictionary<string, string?> { ["Telemetry:Traces"] = "true" });
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddSource(TestSource.Name).AddInMemoryExporter(spans))));

        // Listeners are process-wide: another host's spans may land in this list too, so this test's spans are told
        // apart by a path nobody else asks for and by the trace of a root span of its own.
        var path = $"/api/v1/tasks/{Guid.NewGuid()}";
        using var client = host.CreateClient();
        (await client.GetAsync(path, Ct)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        (await client.GetAsync("/health/ready", Ct)).IsSuccessStatusCode.ShouldBeTrue();
        ActivityTraceId trace;
        using (var root = TestSource.StartActivity("test root"))
        {
            root.ShouldNotBeNull();
            trace = root.TraceId;
            await host.Services.GetRequiredService<JobRunner>().RunAllAsync(Ct);
        }

        Activity[] done;
        lock (spans)
        {
            done = [.. spans];
        }

        var server = done.Where(a => a.Kind == ActivityKind.Server).ToList();
        server.ShouldContain(a => Equals(a.GetTagItem("url.path"), path) && Equals(a.GetTagItem("http.response.status_code"), 401));
        server.ShouldNotContain(a => Equals(a.GetTagItem("url.path"), "/health/ready"), "probes are filtered out");

        var sweep = done.Single(a => a.DisplayName == "job chasing.sweep" && a.TraceId == trace);
        sweep.GetTagItem("kycuong.job.outcome").ShouldBe("succeeded");
        sweep.GetTagItem("kycuong.job.items").ShouldBeOfType<int>();
        done.ShouldContain(a => a.TraceId == sweep.TraceId && a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal),
            $"EF Core spans in the sweep's trace; sources seen: {string.Join(", ", done.Select(a => a.Source.Name).Distinct())}");
    }

    [Fact]
    public async Task TracingOff_NoTracerIsRegistered()
    {
        await using var factory = new KyCuongFactory(app.Factory.Database, demoSeed: false);
        factory.Services.GetService<TracerProvider>().ShouldBeNull();
    }
}

[Collection("sqlite")]
public sealed class SqliteTracingTests(SqliteApp app) : TracingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresTracingTests(PostgresApp app) : TracingTests<PostgresApp>(app), IClassFixture<PostgresApp>;
