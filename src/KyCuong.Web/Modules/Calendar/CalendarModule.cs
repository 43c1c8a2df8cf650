namespace KyCuong.Web.Modules.Calendar;

internal static class CalendarModule
{
    public static IServiceCollection AddCalendarModule(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapCalendarModule(this IEndpointRouteBuilder app) => app;
}
