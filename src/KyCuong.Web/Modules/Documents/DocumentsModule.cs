namespace KyCuong.Web.Modules.Documents;

internal static class DocumentsModule
{
    public static IServiceCollection AddDocumentsModule(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapDocumentsModule(this IEndpointRouteBuilder app) => app;
}
