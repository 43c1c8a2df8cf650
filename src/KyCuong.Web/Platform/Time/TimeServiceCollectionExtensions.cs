namespace KyCuong.Web.Platform.Time;

internal static class TimeServiceCollectionExtensions
{
    public static IServiceCollection AddVietnamClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(ClockOptions.Section).Get<ClockOptions>() ?? new ClockOptions();
        // Which TimeProvider to register is decided here, from the same bound settings the host validates at start.
        services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (options.IsManual)
        {
            // docs/api.md: the app refuses to start with the manual clock outside Development/Testing.
            if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
            {
                throw new InvalidOperationException(
                    "Đồng hồ thủ công (Clock__Mode=Manual) chỉ được dùng trong môi trường Development hoặc Testing. / The manual clock is refused outside Development and Testing.");
            }

            var manual = new ManualTimeProvider(options.Start ?? TimeProvider.System.GetUtcNow());
            services.AddSingleton(manual);
            services.AddSingleton<TimeProvider>(manual);
        }
        else
        {
            services.AddSingleton(TimeProvider.System);
        }

        return services;
    }
}
