namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>How a person is reached by e-mail (the account's address), for the notifications module.</summary>
public sealed record PersonContact(Guid UserId, string FullName, string? Email, bool IsActive);

/// <summary>The accounts' names and e-mail addresses, so that other modules never read the account table themselves.</summary>
public interface IContactDirectory
{
    Task<IReadOnlyDictionary<Guid, PersonContact>> ContactsAsync(IEnumerable<Guid> userIds, CancellationToken ct);
}
