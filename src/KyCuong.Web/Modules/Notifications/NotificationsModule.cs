using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Notifications.Delivery;
using KyCuong.Web.Modules.Notifications.Digest;
using KyCuong.Web.Modules.Notifications.Inbox;
using KyCuong.Web.Modules.Notifications.Preferences;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;

namespace KyCuong.Web.Modules.Notifications;

internal static class NotificationsModule
{
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateOnStart();
        services.AddScoped<INotifier, Notifier>();

        // The outbox drainer lives in the platform; this module is the first with handlers, so it registers it.
        services.AddScoped<IBackgroundJob, OutboxDrainer>();
        services.AddScoped<OutboxAdmin>();

        services.AddSignalR();
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddScoped<RecipientLookup>();
        services.AddScoped<UnreadCounter>();
        services.AddScoped<IOutboxHandler, NotificationHandler>();
        services.AddScoped<IOutboxHandler, EmailNoticeHandler>();
        services.AddScoped<IOutboxHandler, DigestEmailHandler>();
        services.AddScoped<IBackgroundJob, DigestJob>();
        services.AddScoped<InboxHandler>();
        services.AddScoped<PreferencesHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsModule(this IEndpointRouteBuilder app)
    {
        // Each person sees and changes only their own notices and preferences (the handlers key everything on the caller).
        var group = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization(AuthSchemes.ApiPolicy);
        PreferencesEndpoints.Map(group);
        InboxEndpoints.Map(group);

        // Cookie-authenticated like the pages that open it.
        app.MapHub<NotificationsHub>(NotificationsHub.Path);
        return app;
    }
}
