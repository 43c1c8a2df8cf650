using KyCuong.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace KyCuong.Web.Modules.Organisation.IssueToken;

internal static class IssueTokenEndpoint
{
    public const string RateLimitPolicy = "signin";

    public static void Map(RouteGroupBuilder group) => group.MapPost("/token", async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> (
            TokenRequest request, PasswordSignIn signIn, TokenService tokens, HttpContext http) =>
        {
            new Validator().Require(request.UserName, "userName", "Tên đăng nhập", 100).Require(request.Password, "password", "Mật khẩu", 200).ThrowIfInvalid();
            var result = await signIn.CheckAsync(request.UserName!, request.Password!, PasswordSignIn.ClientOf(http));
            switch (result.Outcome)
            {
                case PasswordSignIn.Outcome.Throttled:
                    http.Response.Headers.RetryAfter = Math.Ceiling(result.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return TypedResults.Problem(new ProblemDetails
                    {
                        Status = 429, Title = "Tạm khóa đăng nhập / Sign-in delayed", Type = "https://httpstatuses.io/429",
                        Detail = $"Đăng nhập sai nhiều lần từ máy này; tạm khóa, hãy thử lại sau {Math.Ceiling(result.RetryAfter.TotalSeconds):0} giây. / Too many failures from this client; retry later.",
                    });
                case PasswordSignIn.Outcome.Failed:
                    return Unauthorized("Tên đăng nhập hoặc mật khẩu không đúng. / Wrong user name or password.");
            }

            var (token, expiresIn) = tokens.Issue(result.User!.Id, result.User.UserName!, result.User.SecurityStamp ?? "");
            return TypedResults.Ok(new TokenResponse(token, expiresIn));
        })
        .AllowAnonymous()
        .RequireRateLimiting(RateLimitPolicy)
        .WithName("IssueToken")
        .WithSummary("Cấp mã truy cập / Issue a bearer token for the API");

    private static ProblemHttpResult Unauthorized(string detail) => TypedResults.Problem(new ProblemDetails
    {
        Status = 401, Title = "Đăng nhập không thành công / Sign-in failed", Detail = detail, Type = "https://httpstatuses.io/401",
    });
}
