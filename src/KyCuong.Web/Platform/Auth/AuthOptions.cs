using System.ComponentModel.DataAnnotations;
using System.Text;

namespace KyCuong.Web.Platform.Auth;

/// <summary>Settings under <c>Auth</c>, bound and validated at start (README, Configuration).</summary>
internal sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    /// <summary>HMAC key for bearer tokens (at least 32 bytes). On several nodes set the same key on each; a single node keeps a generated one in its data folder.</summary>
    public string? SigningKey { get; set; }

    [Range(1, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 60;

    [Required, StringLength(100, MinimumLength = 1)]
    public string Issuer { get; set; } = "kycuong";

    /// <summary>Identity's own default (PBKDF2-HMAC-SHA512, ASP.NET Core Identity v3 format); the least accepted outside Testing.</summary>
    public const int ProductionPasswordHashIterations = 100_000;

    /// <summary>
    /// PBKDF2 iterations of a new password hash (each hash records its own count, so a stored hash is checked with the count it
    /// was made with, and one made with fewer is re-hashed at the next sign-in). Fewer than
    /// <see cref="ProductionPasswordHashIterations"/> only in the Testing environment, where the test hosts sign in thousands
    /// of times (docs/performance.md "The test suite's CPU, 6 December 2026").
    /// </summary>
    [Range(1, 10_000_000)]
    public int PasswordHashIterations { get; set; } = ProductionPasswordHashIterations;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(SigningKey) && Encoding.UTF8.GetByteCount(SigningKey) < 32)
        {
            yield return new ValidationResult("Auth:SigningKey phải dài ít nhất 32 byte. / Auth:SigningKey must be at least 32 bytes.", [nameof(SigningKey)]);
        }
    }
}
