namespace KyCuong.Web.Modules.Competence;

internal static class CompetenceModule
{
    public static IServiceCollection AddCompetenceModule(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapCompetenceModule(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
