using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.CreateUnit;
using KyCuong.Web.Modules.Organisation.CreateUser;
using KyCuong.Web.Modules.Organisation.GetMe;
using KyCuong.Web.Modules.Organisation.GetUnit;
using KyCuong.Web.Modules.Organisation.ImportOrganisation;
using KyCuong.Web.Modules.Organisation.IssueToken;
using KyCuong.Web.Modules.Organisation.ListUnits;
using KyCuong.Web.Modules.Organisation.ListUsers;
using KyCuong.Web.Modules.Organisation.ManageAccount;
using KyCuong.Web.Modules.Organisation.ManageDelegations;
using KyCuong.Web.Modules.Organisation.RecordSuccession;
using KyCuong.Web.Platform.Auth;

namespace KyCuong.Web.Modules.Organisation;

internal static class OrganisationModule
{
    public static IServiceCollection AddOrganisation(this IServiceCollection services)
    {
        // One load of the caller's account, positions and delegations per request answers both contracts.
        services.AddScoped<CallerLoad>();
        services.AddScoped<IAccessControl, AccessControl>();
        services.AddScoped<ICallerPlace, CallerPlace>();
        services.AddScoped<IUnitDirectory, UnitDirectory>();
        services.AddScoped<IUnitCodes, UnitCodes>();
        services.AddScoped<IAgencyCodes, AgencyCodes>();
        services.AddScoped<IAssignableUnits, AssignableUnits>();
        services.AddScoped<IPeopleDirectory, PeopleDirectory>();
        services.AddScoped<IContactDirectory, ContactDirectory>();
        services.AddScoped<CreateUnitHandler>();
        services.AddScoped<GetUnitHandler>();
        services.AddScoped<RecordSuccessionHandler>();
        services.AddScoped<CreateUserHandler>();
        services.AddScoped<ListUsersHandler>();
        services.AddScoped<GetMeHandler>();
        services.AddScoped<ICurrentPerson>(sp => sp.GetRequiredService<GetMeHandler>());
        services.AddScoped<DelegationsHandler>();
        services.AddScoped<KyCuong.Web.Modules.Organisation.ListUnits.ListUnitsHandler>();
        services.AddScoped<ManageAccountHandler>();
        services.AddScoped<ImportOrganisationHandler>();
        services.AddScoped<KyCuong.Web.Modules.Organisation.IssueToken.PasswordSignIn>();
        services.AddScoped<KyCuong.Web.Platform.Auth.ITokenStampSource, KyCuong.Web.Modules.Organisation.IssueToken.TokenStampSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrganisation(this IEndpointRouteBuilder app)
    {
        IssueTokenEndpoint.Map(app.MapGroup("/api/v1/auth").WithTags("Auth"));

        var units = app.MapGroup("/api/v1/units").WithTags("Organisation").RequireAuthorization(AuthSchemes.ApiPolicy);
        ListUnitsEndpoint.Map(units);
        GetUnitEndpoint.Map(units);
        CreateUnitEndpoint.Map(units);
        RecordSuccessionEndpoint.Map(units);

        ImportOrganisationEndpoint.Map(app.MapGroup("/api/v1/organisation").WithTags("Organisation").RequireAuthorization(AuthSchemes.ApiPolicy));

        var users = app.MapGroup("/api/v1/users").WithTags("Accounts").RequireAuthorization(AuthSchemes.ApiPolicy);
        CreateUserEndpoint.Map(users);
        ListUsersEndpoint.Map(users);
        ManageAccountEndpoints.Map(users);

        GetMeEndpoint.Map(app.MapGroup("/api/v1").WithTags("Accounts").RequireAuthorization(AuthSchemes.ApiPolicy));
        DelegationsEndpoints.Map(app.MapGroup("/api/v1/delegations").WithTags("Accounts").RequireAuthorization(AuthSchemes.ApiPolicy));
        return app;
    }
}
