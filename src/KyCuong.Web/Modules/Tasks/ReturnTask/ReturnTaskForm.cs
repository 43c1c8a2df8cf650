namespace KyCuong.Web.Modules.Tasks.ReturnTask;

/// <summary>
/// The return form of the task page (docs/domain.md §9): the return cites a competence catalogue entry, or the
/// caller says no entry applies and the reason explains why. Turns the form's choice into the API's request.
/// </summary>
internal static class ReturnTaskForm
{
    /// <summary>The form's value for "no catalogue entry applies".</summary>
    public const string NoEntryApplies = "none";

    public static ReturnTaskRequest ToRequest(string? catalogueChoice, string? reason, Guid? suggestedUnitId)
    {
        var choice = catalogueChoice?.Trim();
        if (string.IsNullOrEmpty(choice))
        {
            var v = new Validator().Require(reason, "reason", "Lý do trả lại (nêu căn cứ thẩm quyền)", 2000);
            v.Add("catalogueEntryId", "Chọn mục danh mục thẩm quyền làm căn cứ trả lại, hoặc chọn \"Không có mục phù hợp\" và giải thích trong lý do. / Cite a catalogue entry or choose none applies.");
            v.ThrowIfInvalid();
        }

        if (choice == NoEntryApplies)
        {
            var explained = string.IsNullOrWhiteSpace(reason) ? reason : "Không có mục phù hợp trong danh mục thẩm quyền. " + reason.Trim();
            return new ReturnTaskRequest(explained, suggestedUnitId);
        }

        return Guid.TryParse(choice, out var entryId)
            ? new ReturnTaskRequest(reason, suggestedUnitId, entryId)
            : throw RequestValidationException.For("catalogueEntryId", "Mục thẩm quyền không hợp lệ. / Invalid catalogue entry.");
    }
}
