namespace KyCuong.Web.Platform.Auth;

internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>HMAC key for bearer tokens (at least 32 bytes). On several nodes set the same key on each; a single node keeps a generated one in its data folder.</summary>
    public string? SigningKey { get; set; }

    public int TokenLifetimeMinutes { get; set; } = 60;

    public string Issuer { get; set; } = "kycuong";
}
