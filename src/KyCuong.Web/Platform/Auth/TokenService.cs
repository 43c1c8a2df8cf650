using Microsoft.Extensions.Options;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KyCuong.Web.Platform.Auth;

/// <summary>
/// Issues and validates the API's bearer tokens (JwtBearer is not in the package feed).
/// Token lifetime is a security matter of real elapsed time, so it runs on the machine's clock, never on the business
/// clock that the manual test clock moves (a jump of the business date must not sign everyone out).
/// </summary>
internal sealed class TokenService(TokenSigningKey key, IOptions<AuthOptions> settings)
{
    private static readonly TimeProvider clock = TimeProvider.System;

    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>The claim that carries the account's security stamp at issue; checked on every request (BearerAuthenticationHandler).</summary>
    public const string StampClaim = "kc:stamp";

    public (string Token, int ExpiresIn) Issue(Guid userId, string userName, string securityStamp)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(settings.Value.TokenLifetimeMinutes);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId.ToString()),
                new Claim(ClaimTypes.Name, userName),
                new Claim(StampClaim, securityStamp),
            ]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Issuer = settings.Value.Issuer,
            Audience = settings.Value.Issuer,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)lifetime.TotalSeconds);
    }

    public async Task<ClaimsIdentity?> ValidateAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = settings.Value.Issuer,
            ValidAudience = settings.Value.Issuer,
            IssuerSigningKey = key.Key,
            NameClaimType = ClaimTypes.Name,
            // A token without an expiry would be valid for ever: refused.
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore <= now.AddMinutes(1)) && expires is not null && now < expires;
            },
        });
        return result.IsValid ? result.ClaimsIdentity : null;
    }
}
