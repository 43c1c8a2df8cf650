namespace KyCuong.Web.Modules.Tasks.Domain;

internal enum ExtensionState
{
    Pending,
    Approved,
    Refused,
}
