using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Competence;

/// <summary>The audit vocabulary of the catalogue, and who may edit it.</summary>
internal static class CompetenceAudit
{
    public const string MatterEntity = "competenceMatter";
    public const string EntryEntity = "competenceEntry";
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";

    /// <summary>The catalogue is law for the whole tree: editing it is organisation management (administrators hold it everywhere).</summary>
    public static async Task EnsureCanManageAsync(IAccessControl access, CancellationToken ct)
    {
        if (!await access.IsAdministratorAsync(ct) && !await access.HasAnywhereAsync(Permission.ManageOrganisation, ct))
        {
            throw new ForbiddenException("Chỉ người quản trị tổ chức được sửa danh mục thẩm quyền. / Only organisation managers may edit the competence catalogue.");
        }
    }

    /// <summary>Matters are keyed by code; the audit keys rows by a Guid, so derive a stable one from the code.</summary>
    public static Guid MatterAuditId(string code) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("competence-matter:" + code)).AsSpan(0, 16));
}
