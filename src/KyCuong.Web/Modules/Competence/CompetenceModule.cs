using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Competence.ManageEntries;
using KyCuong.Web.Modules.Competence.ManageMatters;
using KyCuong.Web.Modules.Competence.Seeding;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Competence;

internal static class CompetenceModule
{
    public static IServiceCollection AddCompetenceModule(this IServiceCollection services)
    {
        services.AddScoped<ICompetenceCatalogue, CompetenceCatalogue>();
        services.AddScoped<ManageMattersHandler>();
        services.AddScoped<ManageEntriesHandler>();
        services.AddScoped<IStartupSeeder, CompetenceSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapCompetenceModule(this IEndpointRouteBuilder app)
    {
        // Reading is open to every signed-in official (the catalogue is public law); each write checks ManageOrganisation.
        var group = app.MapGroup("/api/v1/competence").WithTags("Competence").RequireAuthorization(AuthSchemes.ApiPolicy);
        ManageMattersEndpoint.Map(group);
        ManageEntriesEndpoint.Map(group);
        return app;
    }
}
