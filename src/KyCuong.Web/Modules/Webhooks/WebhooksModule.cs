using KyCuong.Web.Modules.Webhooks.Capture;
using KyCuong.Web.Modules.Webhooks.CreateWebhook;
using KyCuong.Web.Modules.Webhooks.DeleteWebhook;
using KyCuong.Web.Modules.Webhooks.Deliver;
using KyCuong.Web.Modules.Webhooks.FanOut;
using KyCuong.Web.Modules.Webhooks.ListDeliveries;
using KyCuong.Web.Modules.Webhooks.ListWebhooks;
using KyCuong.Web.Modules.Webhooks.Overdue;
using KyCuong.Web.Modules.Webhooks.ReplayDelivery;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Webhooks;

/// <summary>Events pushed to other systems (docs/domain.md "Webhooks"): captured from the audit rows, delivered through the outbox.</summary>
internal static class WebhooksModule
{
    public static IServiceCollection AddWebhooksModule(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SubscribedKinds>();
        services.AddSingleton<IInterceptor, WebhookEventCapture>();
        // Redirects are not followed: the address an administrator entered is the only one that receives the signed body. One
        // long-lived handler (the factory does not rotate it) keeps its connections open between batches; PooledConnectionLifetime
        // still picks up a receiver's new DNS address, and a slow connect counts against the delivery's own timeout.
        // The connection itself checks the addresses the receiver's name resolves to (TargetGuard), so no URL reaches the inside.
        services.AddSingleton<TargetGuard>();
        services.AddHttpClient(DeliveryHandler.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = sp.GetRequiredService<TargetGuard>().ConnectAsync,
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
                ConnectTimeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout,
                MaxConnectionsPerServer = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Parallelism,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddScoped<WebhookAccess>();
        services.AddScoped<EventUnits>();
        services.AddScoped<IOutboxHandler, FanOutHandler>();
        services.AddScoped<IOutboxBatchHandler, DeliveryHandler>();
        services.AddScoped<OverdueEventJob>();
        services.AddScoped<IBackgroundJob>(sp => sp.GetRequiredService<OverdueEventJob>());
        services.AddScoped<CreateWebhookHandler>();
        services.AddScoped<ListWebhooksHandler>();
        services.AddScoped<DeleteWebhookHandler>();
        services.AddScoped<ListDeliveriesHandler>();
        services.AddScoped<ReplayDeliveryHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapWebhooksModule(this IEndpointRouteBuilder app)
    {
        // Each handler checks that the caller administers the subscription's body (WebhookAccess); another body's answers 404.
        var group = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireAuthorization(AuthSchemes.ApiPolicy);
        CreateWebhookEndpoint.Map(group);
        ListWebhooksEndpoint.Map(group);
        DeleteWebhookEndpoint.Map(group);
        ListDeliveriesEndpoint.Map(group);
        ReplayDeliveryEndpoint.Map(group);
        return app;
    }
}
