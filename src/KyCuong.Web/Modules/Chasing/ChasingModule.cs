namespace KyCuong.Web.Modules.Chasing;

internal static class ChasingModule
{
    public static IServiceCollection AddChasingModule(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapChasingModule(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
