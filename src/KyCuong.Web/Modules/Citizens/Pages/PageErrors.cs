namespace KyCuong.Web.Modules.Citizens.Pages;

/// <summary>A handler's refusal as the one sentence a page shows (the Vietnamese half of the bilingual message).</summary>
internal static class PageErrors
{
    public static string Of(Exception e) => e switch
    {
        RequestValidationException v => string.Join(" ", v.Errors.Values.SelectMany(m => m).Select(Vietnamese)),
        _ => Vietnamese(e.Message),
    };

    private static string Vietnamese(string message) => message.Split(" / ")[0];
}
