using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.Domain;

/// <summary>
/// A node of the organisation tree. Effective-dated: a unit is in force from <see cref="ValidFrom"/> to <see cref="ValidTo"/>
/// (both inclusive, Vietnam dates). A merge, split or rename ends the unit and names a successor, so history keeps the
/// name in force at the time (docs/domain.md §4: Kiên Giang's 919/UBND-NC stays "UBND tỉnh Kiên Giang").
/// </summary>
internal sealed class Unit
{
    private Unit()
    {
    }

    public Unit(Guid id, string name, string shortName, UnitKind kind, Guid? parentId, DateOnly? validFrom)
    {
        Id = id;
        Name = name;
        ShortName = shortName;
        Kind = kind;
        ParentId = parentId;
        ValidFrom = validFrom;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string ShortName { get; private set; } = "";

    public UnitKind Kind { get; private set; }

    public Guid? ParentId { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public Guid? SuccessorId { get; private set; }

    public int Version { get; private set; }

    /// <summary>The code an organisation file names the unit by (import is idempotent by it); null for units typed in by hand.</summary>
    public string? Code { get; private set; }

    /// <summary>The national agency identifier code (mã định danh, QCVN 102:2016/BTTTT) where the unit has one.</summary>
    public string? AgencyCode { get; private set; }

    /// <summary>Sets what an organisation file says of the unit (docs/domain.md "Onboarding"); the name change keeps history through Version.</summary>
    public void Import(string code, string name, string shortName, UnitKind kind, string? agencyCode)
    {
        Code = code;
        Name = name;
        ShortName = shortName;
        Kind = kind;
        AgencyCode = agencyCode;
        Version++;
    }

    /// <summary>Records the unit's national agency code (mã định danh, QCVN 102:2016/BTTTT) as the exchange addresses it.</summary>
    public void SetAgencyCode(string? agencyCode)
    {
        AgencyCode = string.IsNullOrWhiteSpace(agencyCode) ? null : agencyCode.Trim();
        Version++;
    }

    public bool IsInForceOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    /// <summary>Ends this unit the day before <paramref name="effectiveOn"/> and names its successor.</summary>
    public void EndWithSuccessor(Guid successorId, DateOnly effectiveOn)
    {
        if (successorId == Id)
        {
            throw new DomainException("org.successorIsSelf", "Đơn vị không thể là đơn vị kế thừa của chính nó.");
        }

        if (ValidTo is not null)
        {
            throw new DomainException("org.unitAlreadyEnded", $"Đơn vị \"{Name}\" đã chấm dứt hoạt động từ {ValidTo:dd/MM/yyyy}.");
        }

        if (ValidFrom is not null && effectiveOn <= ValidFrom)
        {
            throw new DomainException("org.successionBeforeStart", "Ngày hiệu lực phải sau ngày đơn vị bắt đầu hoạt động.");
        }

        ValidTo = effectiveOn.AddDays(-1);
        SuccessorId = successorId;
        Version++;
    }

    public void Rename(string name, string shortName)
    {
        Name = name;
        ShortName = shortName;
        Version++;
    }
}
