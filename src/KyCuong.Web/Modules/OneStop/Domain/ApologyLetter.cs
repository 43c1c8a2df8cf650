namespace KyCuong.Web.Modules.OneStop.Domain;

/// <summary>
/// The apology and new appointment letter for a late dossier (form 04, "Phiếu xin lỗi và hẹn lại ngày trả kết quả"; docs/domain.md
/// "One-stop dossiers"): the reason, the new date, who issued it and when. Counted in the unit's summary.
/// </summary>
internal sealed class ApologyLetter
{
    private ApologyLetter()
    {
    }

    public ApologyLetter(Guid id, Guid dossierId, int seq, Guid issuingUnitId, DateOnly issuedOn, string reason, DateOnly newDueDate, Guid? byUserId, DateTime createdAtUtc)
    {
        Id = id;
        DossierId = dossierId;
        Seq = seq;
        IssuingUnitId = issuingUnitId;
        IssuedOn = issuedOn;
        Reason = reason;
        NewDueDate = newDueDate;
        ByUserId = byUserId;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public int Seq { get; private set; }

    /// <summary>The unit in whose name the letter is issued (the unit holding the dossier when it was written).</summary>
    public Guid IssuingUnitId { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string Reason { get; private set; } = "";

    public DateOnly NewDueDate { get; private set; }

    public Guid? ByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
}
