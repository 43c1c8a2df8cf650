using KyCuong.Web.Modules.Calendar.AddHolidayRule;
using KyCuong.Web.Modules.Calendar.AddWorkingDays;
using KyCuong.Web.Modules.Calendar.CivilPeriod;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Calendar.CountWorkingDays;
using KyCuong.Web.Modules.Calendar.GetCalendarInfo;
using KyCuong.Web.Modules.Calendar.GetLunarDate;
using KyCuong.Web.Modules.Calendar.GetYearDecision;
using KyCuong.Web.Modules.Calendar.ListDays;
using KyCuong.Web.Modules.Calendar.ListHolidayRules;
using KyCuong.Web.Modules.Calendar.RecomputeDeadlines;
using KyCuong.Web.Modules.Calendar.Seeding;
using KyCuong.Web.Modules.Calendar.SetYearDecision;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Calendar;

internal static class CalendarModule
{
    public static IServiceCollection AddCalendarModule(this IServiceCollection services)
    {
        services.AddSingleton<CalendarCache>();
        services.AddScoped<CalendarService>();
        services.AddScoped<ListCalendarHistory.ListCalendarHistoryHandler>();
        services.AddScoped<ICalendarService>(sp => sp.GetRequiredService<CalendarService>());
        services.AddScoped<IDeadlineLedger, DeadlineLedger>();
        services.AddScoped<IStartupSeeder, CalendarSeeder>();
        services.AddScoped<GetYearDecisionHandler>();
        services.AddScoped<SetYearDecisionHandler>();
        services.AddScoped<ListHolidayRulesHandler>();
        services.AddScoped<AddHolidayRuleHandler>();
        services.AddScoped<RecomputeDeadlinesHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapCalendarModule(this IEndpointRouteBuilder app)
    {
        // Reading the calendar: any signed-in user (bearer token). Editing: ManageCalendar, checked in each handler.
        var group = app.MapGroup("/api/v1/calendar").WithTags("Calendar").RequireAuthorization(AuthSchemes.ApiPolicy);
        GetCalendarInfoEndpoint.Map(group);
        AddWorkingDaysEndpoint.Map(group);
        ListDaysEndpoint.Map(group);
        GetLunarDateEndpoint.Map(group);
        CountWorkingDaysEndpoint.Map(group);
        CivilPeriodEndpoint.Map(group);
        GetYearDecisionEndpoint.Map(group);
        SetYearDecisionEndpoint.Map(group);
        ListHolidayRulesEndpoint.Map(group);
        AddHolidayRuleEndpoint.Map(group);
        RecomputeDeadlinesEndpoints.Map(group);
        return app;
    }
}
