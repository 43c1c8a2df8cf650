namespace KyCuong.Web.Modules.Tasks.Domain;

public enum ExtensionState
{
    Pending,
    Approved,
    Refused,
}
