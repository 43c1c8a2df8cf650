using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KyCuong.Web.Platform.Web.Pages.Shared;

/// <summary>Runs a handler for a page and turns rule violations into form messages (the same handlers as the API).</summary>
internal static class PageActions
{
    public static async Task<bool> TryAsync(ModelStateDictionary modelState, Func<Task> action, string prefix = "Input")
    {
        try
        {
            await action();
            return true;
        }
        catch (RequestValidationException v)
        {
            foreach (var (field, messages) in v.Errors)
            {
                foreach (var m in messages)
                {
                    modelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}", m);
                }
            }
        }
        catch (DomainException d)
        {
            modelState.AddModelError(string.Empty, d.Message);
        }
        catch (ForbiddenException f)
        {
            modelState.AddModelError(string.Empty, f.Message);
        }
        catch (NotFoundException n)
        {
            modelState.AddModelError(string.Empty, n.Message);
        }

        return false;
    }
}
