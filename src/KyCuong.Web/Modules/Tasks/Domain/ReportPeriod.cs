namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>One reporting period: its key (unique per duty), first and last day.</summary>
internal sealed record ReportPeriod(string Key, string Label, DateOnly Start, DateOnly End);
