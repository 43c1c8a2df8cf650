using System.ComponentModel.DataAnnotations;
using System.Text;

namespace KyCuong.Web.Platform.Auditing;

/// <summary>Settings under <c>Audit</c> (README, Configuration; docs/adr/0004-hash-chained-audit.md).</summary>
internal sealed class AuditOptions : IValidatableObject
{
    public const string Section = "Audit";

    /// <summary>Key of the chain's HMAC and checkpoints (≥ 32 bytes), the same on every node; generated when absent.</summary>
    public string? Key { get; set; }

    /// <summary>Folder of <c>audit.key</c> and the checkpoint file; default beside the SQLite file or in LocalApplicationData.</summary>
    [StringLength(4096)]
    public string? DataFolder { get; set; }

    /// <summary><c>verify</c> fails on rows left unsealed longer than this after the last sealing.</summary>
    [Range(1, 7 * 24 * 60)]
    public int SealingLagMinutes { get; set; } = 10;

    /// <summary>Binds and validates the section outside a host (the CLI's <c>verify</c>), with the same messages.</summary>
    public static AuditOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<AuditOptions>() ?? new AuditOptions();
        var errors = new List<ValidationResult>();
        if (!global::System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
        {
            throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.ErrorMessage)));
        }

        return options;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Key) && Encoding.UTF8.GetByteCount(Key) < 32)
        {
            yield return new ValidationResult("Audit:Key phải dài ít nhất 32 byte. / Audit:Key must be at least 32 bytes.", [nameof(Key)]);
        }
    }
}
