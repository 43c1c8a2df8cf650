using System.Security.Claims;

namespace KyCuong.Web.Platform.Auth;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
}
