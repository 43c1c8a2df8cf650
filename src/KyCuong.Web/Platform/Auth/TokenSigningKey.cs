using System.Security.Cryptography;
using System.Text;
using KyCuong.Web.Platform.Persistence;
using Microsoft.IdentityModel.Tokens;

namespace KyCuong.Web.Platform.Auth;

/// <summary>The symmetric key that signs API tokens.</summary>
internal sealed class TokenSigningKey(SymmetricSecurityKey key)
{
    public SymmetricSecurityKey Key { get; } = key;

    public static TokenSigningKey Create(AuthOptions options, DatabaseOptions database, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var bytes = Encoding.UTF8.GetBytes(options.SigningKey);
            if (bytes.Length < 32)
            {
                throw new InvalidOperationException("Auth:SigningKey phải dài ít nhất 32 byte. / Auth:SigningKey must be at least 32 bytes.");
            }

            return new TokenSigningKey(new SymmetricSecurityKey(bytes));
        }

        if (environment.IsEnvironment("Testing") || database.Provider != DatabaseProvider.Sqlite)
        {
            return new TokenSigningKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));
        }

        // The embedded single-node edition keeps a generated key beside its database, so tokens survive a restart.
        var dataSource = database.ConnectionString.Split(';').Select(p => p.Split('=', 2))
            .FirstOrDefault(p => p.Length == 2 && p[0].Trim().Equals("Data Source", StringComparison.OrdinalIgnoreCase))?[1].Trim();
        var dir = string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" ? null : Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (dir is null)
        {
            return new TokenSigningKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));
        }

        return new TokenSigningKey(new SymmetricSecurityKey(SecretFile.ReadOrCreate(Path.Combine(dir, "token-signing.key"), 32)));
    }
}
