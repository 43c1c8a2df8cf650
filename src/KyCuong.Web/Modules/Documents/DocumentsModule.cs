using KyCuong.Web.Modules.Documents.Acknowledgements;
using KyCuong.Web.Modules.Documents.Attachments;
using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Documents.DirectDocument;
using KyCuong.Web.Modules.Documents.ExportRegister;
using KyCuong.Web.Modules.Documents.GetDocument;
using KyCuong.Web.Modules.Documents.ImportDocument;
using KyCuong.Web.Modules.Documents.ListDocuments;
using KyCuong.Web.Modules.Documents.MatchUnits;
using KyCuong.Web.Modules.Documents.ParseDocument;
using KyCuong.Web.Modules.Documents.PresentDocument;
using KyCuong.Web.Modules.Documents.RegisterDocument;
using KyCuong.Web.Modules.Documents.Seeding;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Documents;

internal static class DocumentsModule
{
    public static IServiceCollection AddDocumentsModule(this IServiceCollection services)
    {
        services.AddOptions<DirectionOptions>().BindConfiguration(DirectionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OcrOptions>().BindConfiguration(OcrOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<KyCuong.Documents.Packages.IOcrEngine>(sp => new KyCuong.Documents.Packages.TesseractOcrEngine(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<OcrOptions>>().Value.ToSettings()));
        services.AddScoped<DocumentDirectory>();
        services.AddScoped<IDocumentDirectory>(sp => sp.GetRequiredService<DocumentDirectory>());
        services.AddScoped<IExchangeDocuments, ExchangeDocuments>();
        services.AddScoped<ITaskSourceDocuments>(sp => sp.GetRequiredService<DocumentDirectory>());
        services.AddScoped<IDocumentWorkItems, DocumentWorkItems>();
        services.AddScoped<UnitCatalog>();
        services.AddScoped<DocumentNumbering>();
        services.AddScoped<DocumentVisibility>();
        services.AddScoped<DocumentRegistrar>();
        services.AddScoped<IOutgoingIssuer, Issuing.OutgoingIssuer>();
        services.AddScoped<DirectionService>();
        services.AddScoped<UnitMatching>();
        services.AddScoped<RegisterDocumentHandler>();
        services.AddScoped<ListDocumentsHandler>();
        services.AddScoped<GetDocumentHandler>();
        services.AddScoped<PresentDocumentHandler>();
        services.AddScoped<DirectDocumentHandler>();
        services.AddScoped<AttachmentsHandler>();
        services.AddScoped<AcknowledgementReach>();
        services.AddScoped<AcknowledgementService>();
        services.AddOptions<AcknowledgementOptions>().BindConfiguration(AcknowledgementOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<KyCuong.Web.Platform.Jobs.IBackgroundJob, AcknowledgementReminderJob>();
        services.AddScoped<IAcknowledgementWorkItems, AcknowledgementWorkItems>();
        services.AddScoped<IAcknowledgementFigures, AcknowledgementFiguresReader>();
        services.AddScoped<ImportDocumentHandler>();
        services.AddScoped<RegisterExport>();
        services.AddScoped<IStartupSeeder, DocumentSeeder>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, DocumentHistory>();
        return services;
    }

    public static IEndpointRouteBuilder MapDocumentsModule(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/v1/documents").WithTags("Documents").RequireAuthorization(AuthSchemes.ApiPolicy);
        ParseDocumentEndpoints.Map(documents);
        CheckFormat.CheckFormatEndpoint.Map(documents);
        ImportDocumentEndpoint.Map(documents);
        MatchUnitsEndpoint.Map(documents);
        ExportRegisterEndpoint.Map(documents);
        RegisterDocumentEndpoint.Map(documents);
        ListDocumentsEndpoint.Map(documents);
        GetDocumentEndpoint.Map(documents);
        PresentDocumentEndpoint.Map(documents);
        DirectDocumentEndpoint.Map(documents);
        AttachmentsEndpoints.Map(documents);
        AcknowledgementsEndpoints.Map(documents);
        return app;
    }
}
