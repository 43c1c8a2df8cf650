using KyCuong.Web.Modules.Chasing.Accountability;
using KyCuong.Web.Modules.Chasing.ClearFlag;
using KyCuong.Web.Modules.Chasing.Ladder;
using KyCuong.Web.Modules.Chasing.RemindTask;
using KyCuong.Web.Modules.Chasing.Sweep;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Jobs;

namespace KyCuong.Web.Modules.Chasing;

internal static class ChasingModule
{
    public static IServiceCollection AddChasingModule(this IServiceCollection services)
    {
        services.AddOptions<ChasingOptions>().BindConfiguration(ChasingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<FlagRaiser>();
        services.AddScoped<Sweep.ChaseStore>();
        services.AddScoped<ChaseAccess>();
        services.AddScoped<RemindTaskHandler>();
        services.AddScoped<AccountabilityHandler>();
        services.AddScoped<ClearFlagHandler>();
        services.AddScoped<LadderHandler>();
        services.AddScoped<Board.BoardHandler>();
        services.AddScoped<IBackgroundJob, ChasingSweep>();
        services.AddScoped<IBackgroundJob, ReviewChase.ReviewChaseJob>();
        services.AddScoped<Contracts.IReminderWorkItems, ReminderWorkItems>();
        services.AddScoped<Contracts.IChaseRecord, ChaseRecord>();
        services.AddScoped<Contracts.IReminderLadders, ReminderLadders>();
        services.AddScoped<Contracts.IPersonChaseFigures, PersonChaseFiguresReader>();
        services.AddScoped<KyCuong.Web.Platform.Persistence.IStartupSeeder, Seeding.ChasingSeeder>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, Seeding.ChasingHistory>();
        return services;
    }

    public static IEndpointRouteBuilder MapChasingModule(this IEndpointRouteBuilder app)
    {
        // Each handler checks the caller's permission on the units concerned; what the caller may not see answers 404.
        var tasks = app.MapGroup("/api/v1/tasks").WithTags("Chasing").RequireAuthorization(AuthSchemes.ApiPolicy);
        RemindTaskEndpoint.Map(tasks);
        var users = app.MapGroup("/api/v1/users").WithTags("Chasing").RequireAuthorization(AuthSchemes.ApiPolicy);
        AccountabilityEndpoint.Map(users);
        ClearFlagEndpoint.Map(users);
        var units = app.MapGroup("/api/v1/units").WithTags("Chasing").RequireAuthorization(AuthSchemes.ApiPolicy);
        LadderEndpoint.Map(units);
        return app;
    }
}
