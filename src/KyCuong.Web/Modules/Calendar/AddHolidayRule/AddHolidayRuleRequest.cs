namespace KyCuong.Web.Modules.Calendar.AddHolidayRule;

/// <summary>A standing holiday from <see cref="FirstYear"/> (to <see cref="LastYear"/>); <see cref="Kind"/> <c>solar</c> (default) or <c>lunar</c>.</summary>
internal sealed record AddHolidayRuleRequest(string? Kind, int? Month, int? Day, string? Name, int? FirstYear, int? LastYear, string? LegalBasis);
