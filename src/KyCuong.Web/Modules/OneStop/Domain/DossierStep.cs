namespace KyCuong.Web.Modules.OneStop.Domain;

/// <summary>
/// One step of a dossier: the unit that held it from <see cref="StartedOn"/> until it handed it on (or returned the result). The
/// working days it held the dossier say where the time was lost (docs/domain.md "One-stop dossiers").
/// </summary>
internal sealed class DossierStep
{
    private DossierStep()
    {
    }

    public DossierStep(Guid id, Guid dossierId, int seq, Guid unitId, DateOnly startedOn, DateTime startedAtUtc, string? note, Guid? byUserId)
    {
        Id = id;
        DossierId = dossierId;
        Seq = seq;
        UnitId = unitId;
        StartedOn = startedOn;
        StartedAtUtc = startedAtUtc;
        Note = note;
        ByUserId = byUserId;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public int Seq { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public string? Note { get; private set; }

    public Guid? ByUserId { get; private set; }

    public void End(DateOnly endedOn, DateTime endedAtUtc)
    {
        EndedOn = endedOn;
        EndedAtUtc = endedAtUtc;
    }
}
