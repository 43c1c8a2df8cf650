namespace KyCuong.Web.Modules.Calendar.ListHolidayRules;

/// <summary>A standing holiday: <see cref="Kind"/> is <c>solar</c> or <c>lunar</c>; <see cref="BuiltIn"/> for the statutory list (Labour Code 2019 art. 112).</summary>
internal sealed record HolidayRuleResponse(Guid? Id, string Kind, int Month, int Day, string Name, int FirstYear, int? LastYear, string? LegalBasis, bool BuiltIn, int? CalendarVersion);
