namespace KyCuong.Web.Platform.Auth;

internal static class AuthSchemes
{
    public const string Bearer = "Bearer";

    /// <summary>The API accepts bearer tokens only, so a browser cookie can never be replayed against it (no CSRF on the API: ADR 0003).</summary>
    public const string ApiPolicy = "api";
}
