using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.Domain;

/// <summary>A recorded merge, split or rename: from the effective date new work for the predecessor goes to the successor.</summary>
internal sealed class UnitSuccession
{
    public Guid Id { get; set; }

    public Guid PredecessorId { get; set; }

    public Guid SuccessorId { get; set; }

    public SuccessionKind Kind { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public string? LegalBasis { get; set; }

    public Guid? RecordedByUserId { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}
