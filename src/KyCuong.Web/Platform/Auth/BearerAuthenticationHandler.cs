using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Platform.Auth;

/// <summary>Bearer tokens for the API; 401 and 403 answer with problem details (docs/api.md conventions).</summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenService tokens, ITokenStampSource stamps)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var identity = await tokens.ValidateAsync(header["Bearer ".Length..].Trim());
        if (identity is null)
        {
            return AuthenticateResult.Fail("invalid token");
        }

        // Deactivation (and any change of the security stamp) ends the account's tokens at once, not at their expiry.
        var stamp = identity.FindFirst(TokenService.StampClaim)?.Value;
        if (stamp is null || !Guid.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var userId)
            || await stamps.CurrentStampAsync(userId, Context.RequestAborted) != stamp)
        {
            return AuthenticateResult.Fail("revoked token");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return WriteProblem(StatusCodes.Status401Unauthorized, "Chưa xác thực / Not authenticated",
            "Cần mã truy cập hợp lệ (Authorization: Bearer …). / A valid bearer token is required.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status403Forbidden, "Không có quyền / Forbidden", "Bạn không có quyền thực hiện thao tác này. / You may not do this.");

    private Task WriteProblem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Response.WriteAsJsonAsync(
            new ProblemDetails { Status = status, Title = title, Detail = detail, Type = $"https://httpstatuses.io/{status}" },
            options: null, contentType: "application/problem+json");
    }
}
