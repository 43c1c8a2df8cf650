namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>How often a recurring report is due ("định kỳ 6 tháng, hàng năm báo cáo").</summary>
[Flags]
internal enum ReportCadence
{
    None = 0,
    Monthly = 1,
    Quarterly = 2,
    SemiAnnual = 4,
    Annual = 8,
}
