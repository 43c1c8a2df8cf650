namespace KyCuong.Web.Modules.Organisation.CreateUser;

public sealed record CreateUserResponse(Guid Id);
