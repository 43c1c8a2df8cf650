namespace KyCuong.Web.Platform.Auth;

/// <summary>
/// The account's current security stamp, read on every API request: a token carries the stamp it was issued with, so
/// deactivating an account (which changes its stamp) ends its tokens at once. Null: the account is gone or inactive.
/// </summary>
internal interface ITokenStampSource
{
    Task<string?> CurrentStampAsync(Guid userId, CancellationToken ct);
}
