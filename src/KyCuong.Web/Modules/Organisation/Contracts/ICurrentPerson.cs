namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>Who is signed in, as other modules and the platform's pages may read it.</summary>
public interface ICurrentPerson
{
    Task<MeResponse> GetAsync(CancellationToken ct);
}
