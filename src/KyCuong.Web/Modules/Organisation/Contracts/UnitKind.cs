namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>docs/api.md "Organisation and accounts": the kinds of node in the tree. Levels are not hard-coded (docs/domain.md §4).</summary>
public enum UnitKind
{
    Government,
    Ministry,
    Province,
    Commune,
    Department,
    Division,
    Office,
    PublicServiceUnit,
    Other,
}
