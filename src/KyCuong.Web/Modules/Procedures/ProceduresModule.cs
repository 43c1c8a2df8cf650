using KyCuong.Web.Modules.Procedures.Contracts;
using KyCuong.Web.Modules.Procedures.GetProcedure;
using KyCuong.Web.Modules.Procedures.ListProcedures;
using KyCuong.Web.Modules.Procedures.GetSimplificationPlan;
using KyCuong.Web.Modules.Procedures.SaveProcedure;
using KyCuong.Web.Modules.Procedures.SaveSimplificationPlan;
using KyCuong.Web.Modules.Procedures.SimplificationProgress;
using KyCuong.Web.Platform.Auth;

namespace KyCuong.Web.Modules.Procedures;

/// <summary>The catalogue of administrative procedures, internal ones included (docs/domain.md "One-stop by procedure and step; procedures catalogue").</summary>
internal static class ProceduresModule
{
    public static IServiceCollection AddProceduresModule(this IServiceCollection services)
    {
        services.AddOptions<ProceduresOptions>().BindConfiguration(ProceduresOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ProcedureAccess>();
        services.AddScoped<SimplificationAccess>();
        services.AddScoped<SimplificationProgressHandler>();
        services.AddScoped<GetSimplificationPlanHandler>();
        services.AddScoped<SaveSimplificationPlanHandler>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, Seeding.ProceduresHistory>();
        services.AddScoped<IProcedureCatalogue, ProcedureCatalogue>();
        services.AddScoped<IProcedurePublication, ProcedurePublication>();
        services.AddScoped<ListProceduresHandler>();
        services.AddScoped<GetProcedureHandler>();
        services.AddScoped<SaveProcedureHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapProceduresModule(this IEndpointRouteBuilder app)
    {
        // Published procedures to every signed-in official; drafts and changes only to those who keep the body's procedures (ProcedureAccess).
        var group = app.MapGroup("/api/v1/procedures").WithTags("Procedures").RequireAuthorization(AuthSchemes.ApiPolicy);
        ListProceduresEndpoint.Map(group);
        GetProcedureEndpoint.Map(group);
        SaveProcedureEndpoints.Map(group);
        // Simplification plans: the body's staff read, its leaders and office controlling procedures edit, others 404 (SimplificationAccess).
        GetSimplificationPlanEndpoint.Map(group);
        SaveSimplificationPlanEndpoints.Map(group);
        SimplificationProgressEndpoint.Map(group);
        return app;
    }
}
