namespace KyCuong.Web.Modules.Submissions.ReviewSubmission;

/// <summary><c>reason</c>: <c>procedure</c>, <c>quality</c> or <c>competence</c>; a competence return cites a catalogue entry.</summary>
internal sealed record ReturnSubmissionRequest(string? Reason, string? Note, Guid? CatalogueEntryId);
