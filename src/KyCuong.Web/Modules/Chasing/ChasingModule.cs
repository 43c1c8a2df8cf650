using KyCuong.Web.Modules.Chasing.Sweep;
using KyCuong.Web.Platform.Jobs;

namespace KyCuong.Web.Modules.Chasing;

internal static class ChasingModule
{
    public static IServiceCollection AddChasingModule(this IServiceCollection services)
    {
        services.AddScoped<FlagRaiser>();
        services.AddScoped<IBackgroundJob, ChasingSweep>();
        return services;
    }

    public static IEndpointRouteBuilder MapChasingModule(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
