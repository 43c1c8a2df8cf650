using KyCuong.Web.Modules.Reports.Consolidate;
using KyCuong.Web.Modules.Reports.CreateRegime;
using KyCuong.Web.Modules.Reports.EditSection;
using KyCuong.Web.Modules.Reports.ExportReport;
using KyCuong.Web.Modules.Reports.GetPeriod;
using KyCuong.Web.Modules.Reports.GetReport;
using KyCuong.Web.Modules.Reports.ListRegimes;
using KyCuong.Web.Modules.Reports.SubmitReport;
using KyCuong.Web.Platform.Auth;

namespace KyCuong.Web.Modules.Reports;

/// <summary>Periodic reports under Decree 09/2019/NĐ-CP that fill themselves from live data (docs/domain.md "Reports").</summary>
internal static class ReportsModule
{
    public static IServiceCollection AddReportsModule(this IServiceCollection services)
    {
        services.AddScoped<ReportAccess>();
        services.AddScoped<Contracts.IReportUnits, ReportUnitsReader>();
        services.AddScoped<ReportPrefill>();
        services.AddScoped<ReportingUnits>();
        services.AddScoped<ReportOpener>();
        services.AddScoped<KyCuong.Web.Platform.Jobs.IBackgroundJob, ChaseLateReports.LateReportsJob>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, Seeding.ReportsHistory>();
        services.AddScoped<CreateRegimeHandler>();
        services.AddScoped<GetPeriodHandler>();
        services.AddScoped<GetReportHandler>();
        services.AddScoped<EditSectionHandler>();
        services.AddScoped<SubmitReportHandler>();
        services.AddScoped<ConsolidateHandler>();
        services.AddScoped<ExportReportHandler>();
        services.AddScoped<ListRegimesHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapReportsModule(this IEndpointRouteBuilder app)
    {
        // Every decision is checked in the handler (ReportAccess); a report outside the caller's reach answers 404.
        var regimes = app.MapGroup("/api/v1/report-regimes").WithTags("Reports").RequireAuthorization(AuthSchemes.ApiPolicy);
        CreateRegimeEndpoint.Map(regimes);
        ListRegimesEndpoint.Map(regimes);
        GetPeriodEndpoint.Map(regimes);
        ConsolidateEndpoint.Map(regimes);
        var reports = app.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(AuthSchemes.ApiPolicy);
        GetReportEndpoint.Map(reports);
        EditSectionEndpoint.Map(reports);
        SubmitReportEndpoint.Map(reports);
        ExportReportEndpoint.Map(reports);
        return app;
    }
}
