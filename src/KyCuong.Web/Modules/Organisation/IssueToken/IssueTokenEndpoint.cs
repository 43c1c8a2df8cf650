using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace KyCuong.Web.Modules.Organisation.IssueToken;

internal static class IssueTokenEndpoint
{
    public const string RateLimitPolicy = "signin";

    public static void Map(RouteGroupBuilder group) => group.MapPost("/token", async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> (
            TokenRequest request, UserManager<AppUser> users, SignInManager<AppUser> signIn, TokenService tokens) =>
        {
            new Validator().Require(request.UserName, "userName", "Tên đăng nhập", 100).Require(request.Password, "password", "Mật khẩu", 200).ThrowIfInvalid();
            var user = await users.FindByNameAsync(request.UserName!.Trim());
            if (user is null || !user.IsActive)
            {
                return Unauthorized("Tên đăng nhập hoặc mật khẩu không đúng. / Wrong user name or password.");
            }

            // Identity counts failures and locks the account after repeated ones (lockout), for the API as for the UI.
            var result = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
            if (result.IsLockedOut)
            {
                return Unauthorized("Tài khoản tạm khóa do đăng nhập sai nhiều lần; hãy thử lại sau. / The account is locked after repeated failures.");
            }

            if (!result.Succeeded)
            {
                return Unauthorized("Tên đăng nhập hoặc mật khẩu không đúng. / Wrong user name or password.");
            }

            var (token, expiresIn) = tokens.Issue(user.Id, user.UserName!);
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
