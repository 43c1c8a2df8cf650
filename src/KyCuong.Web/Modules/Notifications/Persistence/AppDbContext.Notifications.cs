using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

public sealed partial class AppDbContext
{
    private static void ConfigureNotifications(ModelBuilder b)
    {
    }
}
