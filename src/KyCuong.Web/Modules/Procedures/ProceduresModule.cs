using KyCuong.Web.Modules.Procedures.Contracts;
using KyCuong.Web.Modules.Procedures.GetProcedure;
using KyCuong.Web.Modules.Procedures.ListProcedures;
using KyCuong.Web.Modules.Procedures.SaveProcedure;
using KyCuong.Web.Platform.Auth;

namespace KyCuong.Web.Modules.Procedures;

/// <summary>The catalogue of administrative procedures, internal ones included (docs/domain.md "One-stop by procedure and step; procedures catalogue").</summary>
internal static class ProceduresModule
{
    public static IServiceCollection AddProceduresModule(this IServiceCollection services)
    {
        services.AddScoped<ProcedureAccess>();
        services.AddScoped<IProcedureCatalogue, ProcedureCatalogue>();
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
        return app;
    }
}
