namespace KyCuong.Web.Modules.Procedures.Contracts;

/// <summary>A procedure of the catalogue as the publicity measure sees it: the Vietnamese date it was listed, and since when it is published.</summary>
public sealed record ProcedurePublicationFact(DateOnly ListedOn, DateOnly? PublishedOn);

/// <summary>What other modules may ask about the publication of a set of bodies' procedures (Nghị định 63/2010/NĐ-CP art. 8).</summary>
public interface IProcedurePublication
{
    Task<IReadOnlyList<ProcedurePublicationFact>> ForBodiesAsync(IReadOnlyCollection<Guid> bodyUnitIds, CancellationToken ct);
}
