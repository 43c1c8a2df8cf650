namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>
/// What a person may do. Every endpoint and page asks for one permission on one unit; a grant on a unit
/// covers its whole subtree ("a user acts for their unit and its subtree; administrators act everywhere").
/// </summary>
[Flags]
public enum Permission
{
    None = 0,
    ViewWork = 1 << 0,
    HandleWork = 1 << 1,
    AssignWork = 1 << 2,
    RegisterDocuments = 1 << 3,
    Monitor = 1 << 4,
    Inspect = 1 << 5,
    SignDocuments = 1 << 6,
    ManageOrganisation = 1 << 7,
    ManageUsers = 1 << 8,
    ManageCalendar = 1 << 9,
    ManageSettings = 1 << 10,
    RunSystemJobs = 1 << 11,
}
