namespace KyCuong.Web.Modules.Submissions;

/// <summary>The audit vocabulary of submissions: every change writes one row in its own transaction.</summary>
internal static class SubmissionAudit
{
    public const string Entity = "submission";
    public const string Drafted = "drafted";
    public const string Edited = "edited";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Accepted = "accepted";
}
