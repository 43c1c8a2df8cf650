using KyCuong.Web.Modules.Notifications.Contracts;

namespace KyCuong.Web.Modules.Notifications;

internal static class NotificationsModule
{
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services)
    {
        services.AddScoped<INotifier, Notifier>();
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsModule(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
