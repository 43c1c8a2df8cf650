using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KyCuong.Web.Platform.Web.Dates;

/// <summary>
/// Binds a page form's or query's date typed as <c>dd/mm/yyyy</c> (or ISO) whatever the request culture: the default binder
/// follows the culture, so "04/05/2027" could become 5 April. An impossible date (31/02/2027) is a field error, never "no date".
/// </summary>
internal sealed class VietnamDateModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            // An empty field is "no date" for an optional date; a required one is left to the page's own check.
            if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        if (VietnamDates.TryParse(text, out var date) is { } problem)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, problem);
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        bindingContext.Result = ModelBindingResult.Success(date);
        return Task.CompletedTask;
    }
}
