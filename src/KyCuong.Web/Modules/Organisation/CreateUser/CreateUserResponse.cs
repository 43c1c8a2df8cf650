namespace KyCuong.Web.Modules.Organisation.CreateUser;

internal sealed record CreateUserResponse(Guid Id);
