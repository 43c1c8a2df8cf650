using System.Net;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Platform;

/// <summary><c>GET /metrics</c>: the jobs' and the outbox's figures in the Prometheus text format, for administrators only (docs/operations.md).</summary>
public abstract class MetricsTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_AfterAJobsRun_CarryJobAndOutboxFigures()
    {
        using var admin = await App.ClientForAsync("admin");
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await admin.GetAsync("/metrics", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        var text = await response.Content.ReadAsStringAsync(Ct);
        text.ShouldContain("# TYPE kycuong_jobs_runs_total counter");
        Value(text, "kycuong_jobs_runs_total", "job=\"chasing.sweep\",outcome=\"succeeded\"").ShouldBeGreaterThanOrEqualTo(1);
        Value(text, "kycuong_jobs_items_total", "job=\"outbox.drain\"").ShouldBeGreaterThanOrEqualTo(0);
        Value(text, "kycuong_jobs_lag_seconds", "job=\"chasing.sweep\"").ShouldBeGreaterThanOrEqualTo(0);
        Value(text, "kycuong_jobs_duration_seconds_count", "job=\"chasing.sweep\",outcome=\"succeeded\"").ShouldBeGreaterThanOrEqualTo(1);
        Value(text, "kycuong_outbox_pending", null).ShouldBeGreaterThanOrEqualTo(0);
        Value(text, "kycuong_outbox_oldest_pending_age_seconds", null).ShouldBeGreaterThanOrEqualTo(0);
        Value(text, "kycuong_outbox_failed", null).ShouldBeGreaterThanOrEqualTo(0);
        text.ShouldContain("http_server_request_duration_seconds_bucket{");
    }

    [Fact]
    public async Task Metrics_NonAdministrator_403_Anonymous_401()
    {
        using var official = await App.ClientForAsync("chuyenvien");
        (await official.GetAsync("/metrics", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var anonymous = App.Anonymous();
        (await anonymous.GetAsync("/metrics", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    // The value of one series: `name{labels} value` (labels in the exporter's sorted order), or `name value`.
    private static double Value(string text, string name, string? labels)
    {
        var series = labels is null ? name : $"{name}{{{labels}}}";
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal));
        line.ShouldNotBeNull($"no series {series} in:\n{text}");
        return double.Parse(line[(series.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}

[Collection("sqlite")]
public sealed class SqliteMetricsTests(SqliteApp app) : MetricsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresMetricsTests(PostgresApp app) : MetricsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
