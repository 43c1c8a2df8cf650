namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>One reporting period: its key (unique per duty), first and last day.</summary>
public sealed record ReportPeriod(string Key, string Label, DateOnly Start, DateOnly End);
