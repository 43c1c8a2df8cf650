namespace KyCuong.Web.Modules.Consultations;

internal static class ConsultationsModule
{
    public static IServiceCollection AddConsultationsModule(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapConsultationsModule(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
