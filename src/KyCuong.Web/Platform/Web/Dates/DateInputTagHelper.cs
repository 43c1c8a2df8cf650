using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KyCuong.Web.Platform.Web.Dates;

/// <summary>
/// Every <c>&lt;input type="date"&gt;</c> of the pages becomes a text field typed and shown as <c>dd/mm/yyyy</c>: the browser's
/// own date field shows the operating system's order (mm/dd/yyyy on most machines), which a Vietnamese reader misreads.
/// Without script it is a plain field the server binds day first (<see cref="VietnamDateModelBinder"/>); with script
/// wwwroot/js/forms.js adds the flatpickr calendar in Vietnamese. Runs after the input tag helper, so an <c>asp-for</c>
/// value is already written (ISO) and is turned day first here; a refused value typed by the user is shown as typed.
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=date]")]
public sealed class DateInputTagHelper : TagHelper
{
    public override int Order => int.MaxValue;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("data-kc-date", "");
        output.Attributes.SetAttribute("inputmode", "numeric");
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("maxlength", "10");
        if (!output.Attributes.ContainsName("placeholder"))
        {
            output.Attributes.SetAttribute("placeholder", VietnamDates.Placeholder);
        }

        if (output.Attributes.TryGetAttribute("value", out var value) && Iso(value.Value?.ToString()) is { } date)
        {
            output.Attributes.SetAttribute("value", VietnamDates.Show(date));
        }

        // min/max mean nothing on a text field; the calendar reads them as data attributes (ISO).
        foreach (var (name, data) in new[] { ("min", "data-kc-min"), ("max", "data-kc-max") })
        {
            if (output.Attributes.TryGetAttribute(name, out var limit))
            {
                output.Attributes.RemoveAll(name);
                if (Iso(limit.Value?.ToString()) is { } d)
                {
                    output.Attributes.SetAttribute(data, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static DateOnly? Iso(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
