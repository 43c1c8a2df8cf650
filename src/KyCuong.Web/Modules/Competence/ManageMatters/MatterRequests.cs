namespace KyCuong.Web.Modules.Competence.ManageMatters;

internal sealed record CreateMatterRequest(string? Code, string? Name, string? Field);

internal sealed record UpdateMatterRequest(string? Name, string? Field);

internal sealed record MatterItem(string Code, string Name, string? Field, int EntryCount);
