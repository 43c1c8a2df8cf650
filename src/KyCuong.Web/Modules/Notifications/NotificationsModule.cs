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
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<INotifier, Notifier>();

        // The outbox drainer lives in the platform; this module is the first with handlers, so it registers it.
        services.AddScoped<IBackgroundJob, OutboxDrainer>();
        services.AddScoped<IBackgroundJob, OutboxPurge>();
        services.AddScoped<OutboxAdmin>();

        AddLiveUpdates(services, configuration);
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddScoped<RecipientLookup>();
        services.AddScoped<UnreadCounter>();
        services.AddScoped<IOutboxBatchHandler, NotificationBatchHandler>();
        services.AddScoped<IOutboxBatchHandler, EmailNoticeHandler>();
        services.AddScoped<IOutboxHandler, DigestEmailHandler>();
        services.AddScoped<IBackgroundJob, DigestJob>();
        services.AddScoped<InboxHandler>();
        services.AddScoped<PreferencesHandler>();
        return services;
    }

    /// <summary>
    /// SignalR for the live unread count; with <c>Redis:Configuration</c> set, through the Redis backplane so that a push
    /// on one node reaches pages connected to any node (docs/operations.md "Several nodes"). Pushes leave through
    /// <see cref="LivePushes"/>, so no request or drain waits on Redis.
    /// </summary>
    private static void AddLiveUpdates(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RedisBackplaneOptions>().BindConfiguration(RedisBackplaneOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LivePushes>();
        services.AddHostedService(sp => sp.GetRequiredService<LivePushes>());
        var signalR = services.AddSignalR();
        var backplane = configuration.GetSection(RedisBackplaneOptions.Section).Get<RedisBackplaneOptions>() ?? new RedisBackplaneOptions();
        if (backplane.Enabled)
        {
            signalR.AddStackExchangeRedis();
            services.AddOptions<Microsoft.AspNetCore.SignalR.StackExchangeRedis.RedisOptions>()
                .Configure<Microsoft.Extensions.Options.IOptions<RedisBackplaneOptions>>((o, settings) =>
                {
                    o.Configuration = settings.Value.ClientOptions();
                    o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal(settings.Value.ChannelPrefix);
                });
        }
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
