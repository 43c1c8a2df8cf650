using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Platform.Web;

/// <summary>
/// The one place where what is not JSON is checked against <see cref="InputRules"/>: query, route, header and form values
/// of every API endpoint (an endpoint filter on the root group), and every value a page form or query binds (a model
/// binder for text and dates, and a page filter that answers 400 before the handler runs). API bodies are checked by the
/// JSON converters (<see cref="CleanStringConverter"/>, <see cref="CalendarDateOnlyConverter"/>, …); here a body is only
/// walked for what a converter cannot see: a null inside a list, and line breaks in a <see cref="SingleLineAttribute"/> field.
/// </summary>
internal static class InputGuard
{
    private const string ItemsKey = "KyCuong.InputGuard.Errors";

    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, bool SingleLine, bool Deadline)[]> Properties = new();

    private static readonly HashSet<Type> Special =
    [
        typeof(HttpContext), typeof(HttpRequest), typeof(HttpResponse), typeof(CancellationToken), typeof(ClaimsPrincipal), typeof(Stream),
        typeof(PipeReader), typeof(IFormFile), typeof(IFormFileCollection), typeof(IFormCollection),
    ];

    /// <summary>The endpoint filter factory, added to the group every module maps its endpoints on.</summary>
    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var isService = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var checks = new List<(int Index, string Name, bool Walk, bool SingleLine)>();
        var parameters = context.MethodInfo.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
            if (Special.Contains(type) || p.GetCustomAttribute<FromServicesAttribute>() is not null || isService?.IsService(p.ParameterType) == true)
            {
                continue;
            }

            var singleLine = p.GetCustomAttribute<SingleLineAttribute>() is not null;
            if (IsSimple(type) || (type.IsArray && IsSimple(type.GetElementType()!)))
            {
                checks.Add((i, p.Name ?? "value", false, singleLine));
            }
            else if (type.Namespace?.StartsWith("KyCuong", StringComparison.Ordinal) == true || typeof(IEnumerable).IsAssignableFrom(type))
            {
                // A body (checked by the converters; walked for nulls in lists and single-line fields) or [AsParameters] query values.
                checks.Add((i, "", true, p.GetCustomAttribute<AsParametersAttribute>() is not null));
            }
        }

        if (checks.Count == 0)
        {
            return next;
        }

        return ctx =>
        {
            var (latest, years) = LatestDeadline(ctx.HttpContext.RequestServices);
            var errors = new Errors { LatestDeadline = latest, YearsAhead = years };
            foreach (var (index, name, walk, flag) in checks)
            {
                var value = ctx.Arguments[index];
                if (walk)
                {
                    Walk(value, name, errors, checkScalars: flag, depth: 0);
                }
                else
                {
                    CheckScalar(value, name, flag, errors);
                }
            }

            errors.ThrowIfAny();
            return next(ctx);
        };
    }

    private static bool IsSimple(Type t) => t == typeof(string) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset);

    private static void CheckScalar(object? value, string field, bool singleLine, Errors errors)
    {
        switch (value)
        {
            case string s when InputRules.ForbiddenCharacter(s, field, singleLine) is { } problem:
                errors.Add(field, problem);
                break;
            case DateOnly d when !InputRules.IsInCalendar(d):
            case DateTime t when !InputRules.IsInCalendar(t):
            case DateTimeOffset o when !InputRules.IsInCalendar(o):
                errors.Add(field, InputRules.DateOutOfRange(field));
                break;
            case Array a when a.GetType().GetElementType() is { } e && IsSimple(Nullable.GetUnderlyingType(e) ?? e):
                for (var i = 0; i < a.Length; i++)
                {
                    CheckScalar(a.GetValue(i), $"{field}[{i}]", singleLine, errors);
                }

                break;
        }
    }

    /// <summary>
    /// Walks a bound object. Bodies (<paramref name="checkScalars"/> false) were checked value by value by the converters, and a
    /// date member absent from the body holds its default, so only nulls in lists and single-line text are checked there.
    /// </summary>
    private static void Walk(object? value, string path, Errors errors, bool checkScalars, int depth)
    {
        if (value is null || depth > 16)
        {
            return;
        }

        var type = value.GetType();
        if (value is string || type.IsPrimitive || type.IsEnum || IsSimple(type) || value is Guid or decimal or TimeOnly or TimeSpan)
        {
            if (checkScalars)
            {
                CheckScalar(value, path.Length == 0 ? "value" : path, false, errors);
            }

            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry e in dictionary)
            {
                Walk(e.Value, $"{path}[{e.Key}]", errors, checkScalars, depth + 1);
            }

            return;
        }

        if (value is IEnumerable list)
        {
            var i = 0;
            foreach (var item in list)
            {
                var at = $"{path}[{i++}]";
                if (item is null)
                {
                    errors.Add(at, "Danh sách không được chứa phần tử rỗng (null). / The list must not contain null items.");
                }
                else
                {
                    Walk(item, at, errors, checkScalars, depth + 1);
                }
            }

            return;
        }

        if (type.Namespace?.StartsWith("KyCuong", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var (property, singleLine, deadline) in PropertiesOf(type))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var at = path.Length == 0 ? name : $"{path}.{name}";
            var v = property.GetValue(value);
            if (singleLine && v is string s && InputRules.ForbiddenCharacter(s, at, singleLine: true) is { } problem)
            {
                errors.Add(at, problem);
            }
            else if (deadline && v is DateOnly d && d > errors.LatestDeadline)
            {
                errors.Add(at, DeadlineTooFar(at, errors.LatestDeadline, errors.YearsAhead));
            }
            else
            {
                Walk(v, at, errors, checkScalars, depth + 1);
            }
        }
    }

    private static (PropertyInfo Property, bool SingleLine, bool Deadline)[] PropertiesOf(Type type) => Properties.GetOrAdd(type, t =>
    {
        // A positional record's attribute sits on its constructor parameter.
        var parameters = t.GetConstructors().SelectMany(c => c.GetParameters()).ToList();
        bool Marked<TAttribute>(PropertyInfo p) where TAttribute : Attribute =>
            p.GetCustomAttribute<TAttribute>() is not null || parameters.Any(c => c.Name == p.Name && c.GetCustomAttribute<TAttribute>() is not null);
        return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => (p, Marked<SingleLineAttribute>(p), Marked<DeadlineAttribute>(p)))
            .ToArray();
    });

    private static string DeadlineTooFar(string field, DateOnly latest, int years) => string.Create(CultureInfo.InvariantCulture,
        $"Hạn xử lý không được sau {latest:dd/MM/yyyy} (quá {years} năm kể từ hôm nay). / {field} must not be later than {latest:yyyy-MM-dd}.");

    private static (DateOnly Latest, int Years) LatestDeadline(IServiceProvider services)
    {
        var years = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<InputOptions>>().Value.DeadlineMaxYearsAhead;
        var latest = services.GetRequiredService<TimeProvider>().Today().AddYears(years);
        return (latest > InputRules.LastDate ? InputRules.LastDate : latest, years);
    }

    /// <summary>Page forms and queries: text and dates are bound through this, so a page sees only values within the rules.</summary>
    internal sealed class BinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context)
        {
            var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
            if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
            {
                return new NumberBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()));
            }

            if (!IsSimple(type))
            {
                return null;
            }

            var attributes = context.Metadata is DefaultModelMetadata d ? d.Attributes.Attributes : [];
            var loggers = context.Services.GetRequiredService<ILoggerFactory>();
            // Dates are typed day first (dd/mm/yyyy) whatever the request culture: Dates/VietnamDateModelBinder.cs.
            IModelBinder inner = type == typeof(DateOnly) ? new Dates.VietnamDateModelBinder() : new SimpleTypeModelBinder(context.Metadata.ModelType, loggers);
            return new Binder(inner,
                attributes.OfType<SingleLineAttribute>().Any(), attributes.OfType<DeadlineAttribute>().Any());
        }
    }

    /// <summary>
    /// Numbers with a fraction on page forms: a browser sends a number field as "69.9" whatever the language, and people type "69,9"
    /// in a text field; the request culture (vi-VN, decimal comma) would refuse the first. Both are read as the same number.
    /// </summary>
    private sealed class NumberBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var original = bindingContext.ValueProvider;
            var result = original.GetValue(bindingContext.ModelName);
            if (result == ValueProviderResult.None)
            {
                await inner.BindModelAsync(bindingContext);
                return;
            }

            var values = result.Values.Select(v => v?.Trim().Replace(',', '.')).ToArray();
            bindingContext.ValueProvider = new CompositeValueProvider([new InvariantValue(bindingContext.ModelName, new ValueProviderResult(values, CultureInfo.InvariantCulture)), original]);
            try
            {
                await inner.BindModelAsync(bindingContext);
            }
            finally
            {
                bindingContext.ValueProvider = original;
            }
        }

        private sealed class InvariantValue(string key, ValueProviderResult value) : IValueProvider
        {
            public bool ContainsPrefix(string prefix) => string.Equals(prefix, key, StringComparison.OrdinalIgnoreCase);

            public ValueProviderResult GetValue(string name) => string.Equals(name, key, StringComparison.OrdinalIgnoreCase) ? value : ValueProviderResult.None;
        }
    }

    private sealed class Binder(IModelBinder inner, bool singleLine, bool deadline) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (!bindingContext.Result.IsModelSet)
            {
                return;
            }

            var errors = new Errors();
            var field = bindingContext.ModelName.Length == 0 ? bindingContext.FieldName : bindingContext.ModelName;
            CheckScalar(bindingContext.Result.Model, field, singleLine, errors);
            if (deadline && bindingContext.Result.Model is DateOnly d && LatestDeadline(bindingContext.HttpContext.RequestServices) is var (latest, years) && d > latest)
            {
                errors.Add(field, DeadlineTooFar(field, latest, years));
            }
            foreach (var (key, messages) in errors.All)
            {
                foreach (var m in messages)
                {
                    bindingContext.ModelState.TryAddModelError(key, m);
                    Recorded(bindingContext.HttpContext).Add(key, m);
                }
            }

            if (errors.All.Count > 0)
            {
                bindingContext.Result = ModelBindingResult.Failed();
            }
        }
    }

    private static Errors Recorded(HttpContext http)
    {
        if (http.Items[ItemsKey] is not Errors errors)
        {
            http.Items[ItemsKey] = errors = new Errors();
        }

        return errors;
    }

    /// <summary>Answers 400 with the refused fields before a page handler runs on them.</summary>
    internal sealed class PageFilter : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            if (context.HttpContext.Items[ItemsKey] is Errors errors)
            {
                errors.ThrowIfAny();
            }

            return next();
        }
    }

    private sealed class Errors
    {
        public DateOnly LatestDeadline { get; init; } = InputRules.LastDate;

        public int YearsAhead { get; init; }

        public Dictionary<string, List<string>> All { get; } = new(StringComparer.Ordinal);

        public void Add(string field, string message)
        {
            if (!All.TryGetValue(field, out var list))
            {
                All[field] = list = [];
            }

            list.Add(message);
        }

        public void ThrowIfAny()
        {
            if (All.Count > 0)
            {
                throw new RequestValidationException(All.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
            }
        }
    }
}
