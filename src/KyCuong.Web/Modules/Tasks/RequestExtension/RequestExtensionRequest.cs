using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Tasks.RequestExtension;

/// <summary>The new date, or N more working days counted from the current due date; always with a reason.</summary>
internal sealed record RequestExtensionRequest(string? Reason, [property: Deadline] DateOnly? NewDueDate, int? WorkingDays);
