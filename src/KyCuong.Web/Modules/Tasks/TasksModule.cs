namespace KyCuong.Web.Modules.Tasks;

internal static class TasksModule
{
    public static IServiceCollection AddTasksModule(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapTasksModule(this IEndpointRouteBuilder app) => app;
}
