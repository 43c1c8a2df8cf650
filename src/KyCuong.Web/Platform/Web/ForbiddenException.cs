namespace KyCuong.Web;

/// <summary>403: the caller is known but may not do this on this part of the tree.</summary>
internal sealed class ForbiddenException(string message) : Exception(message);
