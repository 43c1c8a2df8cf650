namespace KyCuong.Web.Modules.Reports;

/// <summary>The audit vocabulary of reports: every change writes one row in the change's own transaction.</summary>
internal static class ReportAudit
{
    public const string RegimeEntity = "reportRegime";
    public const string ReportEntity = "report";

    public const string RegimeCreated = "created";
    public const string Opened = "opened";
    public const string SectionEdited = "sectionEdited";
    public const string Submitted = "submitted";
    public const string Reminded = "reminded";
}
