using KyCuong.Web.Modules.OneStop.Apology;
using KyCuong.Web.Modules.OneStop.Breakdown;
using KyCuong.Web.Modules.OneStop.GetDossier;
using KyCuong.Web.Modules.OneStop.HandOff;
using KyCuong.Web.Modules.OneStop.ImportDossiers;
using KyCuong.Web.Modules.OneStop.ListDossiers;
using KyCuong.Web.Modules.OneStop.ReceiveDossier;
using KyCuong.Web.Modules.OneStop.ReturnResult;
using KyCuong.Web.Modules.OneStop.ServiceIndex;
using KyCuong.Web.Modules.OneStop.Summary;
using KyCuong.Web.Platform.Auth;

namespace KyCuong.Web.Modules.OneStop;

/// <summary>One-stop dossiers (docs/domain.md "One-stop dossiers"): receipt, steps between units, result, on-time figures and apology letters.</summary>
internal static class OneStopModule
{
    public static IServiceCollection AddOneStopModule(this IServiceCollection services)
    {
        services.AddOptions<OneStopOptions>().BindConfiguration(OneStopOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DossierAccess>();
        services.AddScoped<ReceiveDossierHandler>();
        services.AddScoped<GetDossierHandler>();
        services.AddScoped<ListDossiersHandler>();
        services.AddScoped<HandOffHandler>();
        services.AddScoped<ReturnResultHandler>();
        services.AddScoped<RecordApologyHandler>();
        services.AddScoped<ExportApologyHandler>();
        services.AddScoped<ImportDossiersHandler>();
        services.AddScoped<DossierBulkWriter>();
        services.AddScoped<OneStopSummaryHandler>();
        services.AddScoped<OneStopBreakdownHandler>();
        services.AddScoped<ServiceIndexHandler>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, Seeding.OneStopHistory>();
        return services;
    }

    public static IEndpointRouteBuilder MapOneStopModule(this IEndpointRouteBuilder app)
    {
        // Every dossier answer checks the caller's place (DossierAccess): outside the receiving body and the units it passed through, 404.
        var group = app.MapGroup("/api/v1/one-stop").WithTags("One-stop dossiers").RequireAuthorization(AuthSchemes.ApiPolicy);
        ReceiveDossierEndpoint.Map(group);
        ListDossiersEndpoint.Map(group);
        GetDossierEndpoint.Map(group);
        HandOffEndpoint.Map(group);
        ReturnResultEndpoint.Map(group);
        ApologyEndpoints.Map(group);
        ImportDossiersEndpoint.Map(group);
        var units = app.MapGroup("/api/v1/units").WithTags("One-stop dossiers").RequireAuthorization(AuthSchemes.ApiPolicy);
        OneStopSummaryEndpoint.Map(units);
        OneStopBreakdownEndpoint.Map(units);
        ServiceIndexEndpoint.Map(units);
        return app;
    }
}
