namespace KyCuong.Web.Platform.Auth;

/// <summary>Who is acting in this request (null for background jobs and anonymous calls).</summary>
internal interface ICurrentUser
{
    Guid? UserId { get; }

    string? UserName { get; }

    bool IsAuthenticated { get; }
}
