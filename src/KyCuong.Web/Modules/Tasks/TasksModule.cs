using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Tasks.Cascade;
using KyCuong.Web.Modules.Tasks.CompleteTask;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Tasks.CreateTask;
using KyCuong.Web.Modules.Tasks.DecideExtension;
using KyCuong.Web.Modules.Tasks.GetTask;
using KyCuong.Web.Modules.Tasks.HandOffTask;
using KyCuong.Web.Modules.Tasks.ListTasks;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Modules.Tasks.RecurringReports;
using KyCuong.Web.Modules.Tasks.ReopenTask;
using KyCuong.Web.Modules.Tasks.ReportProgress;
using KyCuong.Web.Modules.Tasks.RequestExtension;
using KyCuong.Web.Modules.Tasks.RerouteTask;
using KyCuong.Web.Modules.Tasks.ReviewTask;
using KyCuong.Web.Modules.Tasks.ReturnTask;
using KyCuong.Web.Modules.Tasks.TaskSummary;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Jobs;

namespace KyCuong.Web.Modules.Tasks;

internal static class TasksModule
{
    public static IServiceCollection AddTasksModule(this IServiceCollection services)
    {
        services.AddScoped<OrgPeople>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, TaskCounterInterceptor>();
        services.AddScoped<TaskAccess>();
        services.AddScoped<ITaskHistoryForEvaluation, TaskHistoryForEvaluation>();
        services.AddScoped<ITaskConductFacts, TaskConductFacts>();
        services.AddScoped<TaskNotices>();
        services.AddScoped<TaskAssignments>();
        services.AddScoped<ITaskAssignments>(sp => sp.GetRequiredService<TaskAssignments>());
        services.AddScoped<ITaskIntake, TaskIntake>();
        services.AddScoped<IDeadlineOwner, TaskDeadlineOwner>();
        services.AddScoped<ITaskDeadlines, TaskDeadlines>();
        services.AddScoped<TaskWorkItems>();
        services.AddScoped<ITaskWorkItems>(sp => sp.GetRequiredService<TaskWorkItems>());
        services.AddScoped<ITaskReviews>(sp => sp.GetRequiredService<TaskWorkItems>());
        services.AddScoped<ITaskSearch, TaskSearch>();
        services.AddScoped<CreateTaskHandler>();
        services.AddScoped<GetTaskHandler>();
        services.AddScoped<TaskAttachmentHandler>();
        services.AddScoped<CompleteTaskHandler>();
        services.AddScoped<ReturnTaskHandler>();
        services.AddScoped<TaskSummaryHandler>();
        services.AddScoped<TaskSummaryByUnitHandler>();
        services.AddScoped<ITaskFigures, TaskFigures>();
        services.AddScoped<ListTasksHandler>();
        services.AddScoped<ReportProgressHandler>();
        services.AddScoped<HandOffHandler>();
        services.AddScoped<RequestExtensionHandler>();
        services.AddScoped<DecideExtensionHandler>();
        services.AddScoped<RerouteTaskHandler>();
        services.AddScoped<ReopenTaskHandler>();
        services.AddScoped<ReviewTaskHandler>();
        services.AddScoped<CascadeHandler>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, Seeding.TaskHistory>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, Seeding.ConductHistory>();
        services.AddScoped<IBackgroundJob, RecurringReportJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapTasksModule(this IEndpointRouteBuilder app)
    {
        // Every decision is a permission on a unit (IAccessControl), checked in each handler; a task outside the caller's
        // scope answers 404.
        var tasks = app.MapGroup("/api/v1/tasks").WithTags("Tasks").RequireAuthorization(AuthSchemes.ApiPolicy);
        ListTasksEndpoint.Map(tasks);
        CascadeEndpoint.Map(tasks);
        CreateTaskEndpoint.Map(tasks);
        GetTaskEndpoint.Map(tasks);
        TaskAttachmentEndpoint.Map(tasks);
        CompleteTaskEndpoint.Map(tasks);
        ReturnTaskEndpoint.Map(tasks);
        ReportProgressEndpoint.Map(tasks);
        HandOffEndpoint.Map(tasks);
        RequestExtensionEndpoint.Map(tasks);
        DecideExtensionEndpoint.Map(tasks);
        RerouteTaskEndpoint.Map(tasks);
        ReopenTaskEndpoint.Map(tasks);
        ReviewTaskEndpoint.Map(tasks);

        var units = app.MapGroup("/api/v1/units").WithTags("Tasks").RequireAuthorization(AuthSchemes.ApiPolicy);
        TaskSummaryEndpoint.Map(units);
        TaskSummaryByUnitEndpoint.Map(units);
        return app;
    }
}
