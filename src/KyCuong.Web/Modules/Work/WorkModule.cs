using KyCuong.Web.Modules.Work.Contracts;
using KyCuong.Web.Modules.Work.GetWork;
using KyCuong.Web.Platform.Auth;

namespace KyCuong.Web.Modules.Work;

/// <summary>"Việc cần xử lý": the signed-in person's work across modules, read through each module's contract (ADR 0001).</summary>
internal static class WorkModule
{
    public static IServiceCollection AddWorkModule(this IServiceCollection services)
    {
        services.AddScoped<IWorkList, WorkListService>();
        return services;
    }

    public static IEndpointRouteBuilder MapWorkModule(this IEndpointRouteBuilder app)
    {
        // Every list is the caller's own: there is no user parameter to ask for someone else's.
        var me = app.MapGroup("/api/v1/me").WithTags("Work").RequireAuthorization(AuthSchemes.ApiPolicy);
        GetWorkEndpoint.Map(me);
        return app;
    }
}
