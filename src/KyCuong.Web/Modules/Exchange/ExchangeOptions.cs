using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Exchange;

/// <summary>Settings of the edXML exchange (section <c>Exchange</c>, docs/operations.md "edXML exchange").</summary>
internal sealed class ExchangeOptions : IValidatableObject
{
    public const string Section = "Exchange";

    /// <summary>The exchange hub's address (envelopes and status messages are POSTed to <c>{HubUrl}/messages</c>); unset: they wait in the outbox.</summary>
    public string? HubUrl { get; set; }

    /// <summary>The bearer token this instance presents to the hub, when the hub asks for one.</summary>
    public string? HubToken { get; set; }

    /// <summary>The largest edXML body accepted or sent (20 MB: the register's own bound on a file, Documents/Attachments).</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public int MaxEnvelopeBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The deepest element nesting accepted; the regulation's own structure is about 6 levels deep.</summary>
    [Range(8, 256)]
    public int MaxDepth { get; set; } = 32;

    /// <summary>How long one POST to the hub may take before it counts as failed and is retried by the outbox.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan HubTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Received documents whose handling one run of the status job looks at.</summary>
    [Range(1, 100_000)]
    public int StatusBatchSize { get; set; } = 500;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(HubUrl) && (!Uri.TryCreate(HubUrl, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("Exchange:HubUrl phải là địa chỉ http(s) tuyệt đối. / Exchange:HubUrl must be an absolute http(s) URL.", [nameof(HubUrl)]);
        }
    }
}
