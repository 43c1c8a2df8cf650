using KyCuong.Web.Modules.Drafts.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Drafts.PreviewDraft;

/// <summary>
/// The layout of what is in the editor, before it is saved (docs/domain.md "Drafts": the live preview): the same
/// <see cref="DraftContent"/> checks and the same <see cref="DraftLayout"/> the DOCX prints, on a copy of the draft that is never
/// written. An issued draft previews as issued. Whoever may edit the draft (or draft for the unit, for a new one) may preview it;
/// otherwise it is absent (404).
/// </summary>
internal sealed class PreviewDraftHandler(DraftAccess drafts, DraftHeadings headings, DraftRenderer renderer, IUnitDirectory units, IAccessControl access)
{
    /// <summary>Printed in place of a subject not typed yet, so the rest of the layout can be seen while the form is empty.</summary>
    public const string SubjectPlaceholder = "……";

    public async Task<DraftLayout> HandleAsync(Guid? id, Guid? unitId, DraftContent content, CancellationToken ct)
    {
        Draft copy;
        if (id is { } existing)
        {
            var saved = await drafts.LoadAsync(existing, tracking: false, ct);
            if (saved.IsIssued || !await drafts.CanEditAsync(saved, ct))
            {
                return await renderer.LayoutAsync(saved, ct);
            }

            copy = new Draft { Id = saved.Id, UnitId = saved.UnitId, IssuerUnitId = saved.IssuerUnitId };
        }
        else
        {
            if (unitId is not { } u || await units.FindAsync(u, ct) is not { } unit || !await access.HasAsync(Permission.HandleWork, u, ct))
            {
                throw new NotFoundException("Không tìm thấy đơn vị soạn thảo. / Drafting unit not found.");
            }

            copy = new Draft { UnitId = u, IssuerUnitId = (await headings.IssuerOfAsync(unit, ct)).Id };
        }

        // The same checks as a save (400 with every field to fix); only an empty subject is allowed here, shown as a blank.
        (string.IsNullOrWhiteSpace(content.Subject) ? content with { Subject = SubjectPlaceholder } : content).ApplyTo(copy);
        return await renderer.LayoutAsync(copy, ct);
    }
}
