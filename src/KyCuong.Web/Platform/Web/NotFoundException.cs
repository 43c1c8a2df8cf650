namespace KyCuong.Web;

/// <summary>404: not found, or not visible to the caller (docs/api.md: "404 also for things the caller may not see").</summary>
internal sealed class NotFoundException(string message) : Exception(message);
