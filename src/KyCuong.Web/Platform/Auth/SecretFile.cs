using System.Security.Cryptography;

namespace KyCuong.Web.Platform.Auth;

/// <summary>
/// A generated key kept in a file readable by its owner only (Unix mode 600), created once and read by every process that
/// shares the data folder (the host and the command line). SECURITY.md lists the files.
/// </summary>
internal static class SecretFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static byte[] ReadOrCreate(string path, int length)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (!File.Exists(path))
        {
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = OwnerOnly;
                }

                using var stream = new FileStream(path, options);
                stream.Write(RandomNumberGenerator.GetBytes(length));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; use theirs.
            }
        }
        else if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
        {
            // A key left readable by others by an earlier version is tightened, not trusted as it is.
            File.SetUnixFileMode(path, OwnerOnly);
        }

        var bytes = File.ReadAllBytes(path);
        return bytes.Length >= 32 ? bytes : throw new InvalidOperationException($"{path}: khóa ngắn hơn 32 byte. / The key file is shorter than 32 bytes.");
    }
}
