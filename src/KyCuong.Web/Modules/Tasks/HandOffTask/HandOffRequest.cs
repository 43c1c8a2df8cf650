using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Tasks.HandOffTask;

/// <summary>Hand the task to a person in the lead unit (head → specialist) with the step's own deadline.</summary>
internal sealed record HandOffRequest(Guid? ToUserId, [property: Deadline] DateOnly? StepDueDate, string? Note);
