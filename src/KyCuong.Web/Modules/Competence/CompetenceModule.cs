using KyCuong.Web.Modules.Competence.Contracts;

namespace KyCuong.Web.Modules.Competence;

internal static class CompetenceModule
{
    public static IServiceCollection AddCompetenceModule(this IServiceCollection services)
    {
        services.AddScoped<ICompetenceCatalogue, CompetenceCatalogue>();
        return services;
    }

    public static IEndpointRouteBuilder MapCompetenceModule(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
