namespace KyCuong.Web.Modules.Submissions;

internal static class SubmissionsModule
{
    public static IServiceCollection AddSubmissionsModule(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapSubmissionsModule(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
