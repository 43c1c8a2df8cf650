using KyCuong.Web.Modules.Exchange.ExportEdXml;
using KyCuong.Web.Modules.Exchange.Inbox;
using KyCuong.Web.Modules.Exchange.ListExchange;
using KyCuong.Web.Modules.Exchange.ReturnDocument;
using KyCuong.Web.Modules.Exchange.Seeding;
using KyCuong.Web.Modules.Exchange.SendDocument;
using KyCuong.Web.Modules.Exchange.TrackHandling;
using KyCuong.Web.Modules.Exchange.Transport;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Demo;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;

namespace KyCuong.Web.Modules.Exchange;

/// <summary>edXML exchange with other document systems (docs/domain.md "edXML exchange", QCVN 102:2016/BTTTT), through one hub interface.</summary>
internal static class ExchangeModule
{
    public static IServiceCollection AddExchangeModule(this IServiceCollection services)
    {
        services.AddOptions<ExchangeOptions>().BindConfiguration(ExchangeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(HttpExchangeHub.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddScoped<IExchangeHub, HttpExchangeHub>();
        // The demo's past sends through the loopback hub: both ends of its exchange are agencies of this installation.
        services.AddSingleton(new DemoHistoryReplacement(typeof(IExchangeHub), sp => new LoopbackExchangeHub(sp.GetRequiredService<IServiceScopeFactory>(),
            scope => new LoopbackInbox(scope.GetRequiredService<InboxHandler>(), scope.GetRequiredService<IHttpContextAccessor>(), scope.GetRequiredService<IPeopleDirectory>()),
            sp.GetRequiredService<ILogger<LoopbackExchangeHub>>())));
        services.AddScoped<IDemoHistoryStep, ExchangeHistory>();
        services.AddScoped<IOutboxHandler, SendToHubHandler>();
        services.AddScoped<ExchangeAgencies>();
        services.AddScoped<ExportEdXmlHandler>();
        services.AddScoped<SendDocumentHandler>();
        services.AddScoped<InboxHandler>();
        services.AddScoped<ListExchangeHandler>();
        services.AddScoped<ReturnDocumentHandler>();
        services.AddScoped<ExchangeStatusJob>();
        services.AddScoped<IBackgroundJob>(sp => sp.GetRequiredService<ExchangeStatusJob>());
        return services;
    }

    public static IEndpointRouteBuilder MapExchangeModule(this IEndpointRouteBuilder app)
    {
        ExportEdXmlEndpoint.Map(app, AuthSchemes.ApiPolicy);
        var group = app.MapGroup("/api/v1/edxml").WithTags("edXML").RequireAuthorization(AuthSchemes.ApiPolicy);
        InboxEndpoint.Map(group);
        SendDocumentEndpoint.Map(group);
        ListExchangeEndpoint.Map(group);
        ReturnDocumentEndpoint.Map(group);
        return app;
    }
}
