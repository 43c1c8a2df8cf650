using Microsoft.Extensions.Options;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace KyCuong.Web.Platform.Telemetry;

/// <summary>
/// Collects the host's meters through a <see cref="MeterListener"/> and writes them in the Prometheus text format
/// (version 0.0.4). The feed has no Prometheus exporter package that restores here, so this small one stands in: counters
/// and up-down counters are summed, histograms kept in fixed buckets, gauges read at each scrape. Only this host's meters
/// (created by its <see cref="IMeterFactory"/>) and the process-wide EF Core meter are listened to.
/// </summary>
internal sealed class PrometheusMetrics : IDisposable
{
    private static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(Instrument Instrument, string Labels), Series> _series = new();
    private readonly Lock _observe = new();

    public PrometheusMetrics(IMeterFactory meters, IOptions<TelemetryOptions> settings)
    {
        var options = settings.Value;
        var names = options.Meters.ToHashSet(StringComparer.Ordinal);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            var scope = instrument.Meter.Scope;
            if (names.Contains(instrument.Meter.Name) && (ReferenceEquals(scope, meters) || scope is null))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<float>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    /// <summary>The current figures in the Prometheus text format.</summary>
    public string Scrape()
    {
        lock (_observe)
        {
            // Gauges and observable counters report their current value now.
            _listener.RecordObservableInstruments();
        }

        var sb = new StringBuilder();
        foreach (var group in _series.GroupBy(s => s.Key.Instrument).OrderBy(g => g.Key.Meter.Name, StringComparer.Ordinal).ThenBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            var instrument = group.Key;
            var name = MetricName(instrument);
            var kind = KindOf(instrument);
            sb.Append("# HELP ").Append(name).Append(' ').AppendLine(Escape(instrument.Description ?? instrument.Name, help: true));
            sb.Append("# TYPE ").Append(name).Append(' ').AppendLine(kind);
            foreach (var (key, series) in group.OrderBy(s => s.Key.Labels, StringComparer.Ordinal))
            {
                series.Write(sb, name, key.Labels, kind);
            }
        }

        return sb.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = Labels(tags);
        var series = _series.GetOrAdd((instrument, labels), _ => new Series(instrument is Histogram<double> or Histogram<long> or Histogram<int> or Histogram<float>));
        series.Add(instrument, value);
    }

    private static string KindOf(Instrument instrument) => instrument switch
    {
        Counter<long> or Counter<int> or Counter<double> or Counter<float> or ObservableCounter<long> or ObservableCounter<int> or ObservableCounter<double> => "counter",
        Histogram<double> or Histogram<long> or Histogram<int> or Histogram<float> => "histogram",
        _ => "gauge",
    };

    // "kycuong.jobs.duration" in seconds → kycuong_jobs_duration_seconds; counters end in _total (Prometheus naming).
    private static string MetricName(Instrument instrument)
    {
        var sb = new StringBuilder();
        foreach (var c in instrument.Name)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_');
        }

        var unit = instrument.Unit switch
        {
            "s" => "_seconds",
            "ms" => "_milliseconds",
            "By" => "_bytes",
            _ => string.Empty,
        };
        if (unit.Length > 0 && !sb.ToString().EndsWith(unit, StringComparison.Ordinal))
        {
            sb.Append(unit);
        }

        if (KindOf(instrument) == "counter")
        {
            sb.Append("_total");
        }

        return sb.ToString();
    }

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return string.Empty;
        }

        var pairs = new List<(string, string)>(tags.Length);
        foreach (var tag in tags)
        {
            var key = new string([.. tag.Key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
            pairs.Add((key, Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? string.Empty));
        }

        return string.Join(',', pairs.OrderBy(p => p.Item1, StringComparer.Ordinal).Select(p => $"{p.Item1}=\"{Escape(p.Item2, help: false)}\""));
    }

    private static string Escape(string value, bool help) =>
        help ? value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)
            : value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Number(double v) => double.IsPositiveInfinity(v) ? "+Inf" : v.ToString("R", CultureInfo.InvariantCulture);

    private sealed class Series(bool histogram)
    {
        private readonly Lock _lock = new();
        private readonly long[] _counts = histogram ? new long[Buckets.Length + 1] : [];
        private double _value;
        private long _count;

        public void Add(Instrument instrument, double value)
        {
            lock (_lock)
            {
                if (histogram)
                {
                    var i = 0;
                    while (i < Buckets.Length && value > Buckets[i])
                    {
                        i++;
                    }

                    _counts[i]++;
                    _count++;
                    _value += value;
                }
                else if (instrument.IsObservable && KindOf(instrument) is "gauge" or "counter")
                {
                    // Observable instruments report their whole current value each time.
                    _value = value;
                }
                else
                {
                    _value += value;
                }
            }
        }

        public void Write(StringBuilder sb, string name, string labels, string kind)
        {
            lock (_lock)
            {
                if (kind != "histogram")
                {
                    sb.Append(name).Append(labels.Length > 0 ? "{" + labels + "}" : string.Empty).Append(' ').AppendLine(Number(_value));
                    return;
                }

                var prefix = labels.Length > 0 ? labels + "," : string.Empty;
                long cumulative = 0;
                for (var i = 0; i <= Buckets.Length; i++)
                {
                    cumulative += _counts[i];
                    var le = i < Buckets.Length ? Number(Buckets[i]) : "+Inf";
                    sb.Append(name).Append("_bucket{").Append(prefix).Append("le=\"").Append(le).Append("\"} ").AppendLine(cumulative.ToString(CultureInfo.InvariantCulture));
                }

                var suffix = labels.Length > 0 ? "{" + labels + "}" : string.Empty;
                sb.Append(name).Append("_sum").Append(suffix).Append(' ').AppendLine(Number(_value));
                sb.Append(name).Append("_count").Append(suffix).Append(' ').AppendLine(_count.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
