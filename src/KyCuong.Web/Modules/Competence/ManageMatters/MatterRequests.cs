namespace KyCuong.Web.Modules.Competence.ManageMatters;

public sealed record CreateMatterRequest(string? Code, string? Name, string? Field);

public sealed record UpdateMatterRequest(string? Name, string? Field);

public sealed record MatterItem(string Code, string Name, string? Field, int EntryCount);
