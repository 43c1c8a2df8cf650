using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.Domain;

/// <summary>The one table of what each role may do (docs/domain.md §2). The place in the tree is applied by <see cref="AccessPolicy"/>.</summary>
internal static class RolePermissions
{
    private const Permission Everything = (Permission)((1 << 12) - 1);

    public static Permission For(OrgRole roles)
    {
        var p = Permission.None;
        if (roles.HasFlag(OrgRole.Administrator))
        {
            p |= Everything;
        }

        // lãnh đạo: issues directives, assigns, approves extensions, decides escalations, signs
        if (roles.HasFlag(OrgRole.Leader) || roles.HasFlag(OrgRole.DeputyLeader))
        {
            p |= Permission.ViewWork | Permission.HandleWork | Permission.AssignWork | Permission.Monitor | Permission.SignDocuments;
        }

        // chuyên viên: handles tasks, drafts submissions, answers consultations
        if (roles.HasFlag(OrgRole.Specialist))
        {
            p |= Permission.ViewWork | Permission.HandleWork;
        }

        // văn thư: registers, numbers and dispatches documents
        if (roles.HasFlag(OrgRole.Clerk))
        {
            p |= Permission.ViewWork | Permission.RegisterDocuments;
        }

        // Văn phòng / Nội vụ: tracks and chases
        if (roles.HasFlag(OrgRole.Monitor))
        {
            p |= Permission.ViewWork | Permission.Monitor;
        }

        if (roles.HasFlag(OrgRole.Inspector))
        {
            p |= Permission.ViewWork | Permission.Inspect;
        }

        return p;
    }
}
