using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KyCuong.Web.Platform.Auditing;

/// <summary>
/// Signed anchors of the chain's head kept outside the database (ADR 0004): after each sealing run the sealer appends
/// <c>sequence hash time HMAC</c> to the checkpoint file and writes the same line to the log. Deleting the newest rows,
/// or clearing their seals, leaves the chain short of, or different from, a checkpoint, which <c>verify</c> reports.
/// </summary>
internal sealed class AuditCheckpoints(AuditKey key)
{
    public sealed record Checkpoint(int Line, long Sequence, string Hash, DateTime AtUtc, bool SignatureValid);

    public string Format(long sequence, string hash, DateTime atUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"{sequence} {hash} {atUtc:O} {Sign(sequence, hash, atUtc)}");

    public void Append(long sequence, string hash, DateTime atUtc)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(key.CheckpointFile))!);
        using var stream = new FileStream(key.CheckpointFile, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write(Format(sequence, hash, atUtc) + "\n");
    }

    public IReadOnlyList<Checkpoint> ReadAll()
    {
        if (!File.Exists(key.CheckpointFile))
        {
            return [];
        }

        var result = new List<Checkpoint>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(key.CheckpointFile))
        {
            lineNo++;
            var parts = line.Split(' ');
            if (parts.Length == 4
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                && DateTime.TryParse(parts[2], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
            {
                var valid = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(seq, parts[1], at)), Encoding.ASCII.GetBytes(parts[3]));
                result.Add(new Checkpoint(lineNo, seq, parts[1], at, valid));
            }
            else if (line.Length > 0)
            {
                result.Add(new Checkpoint(lineNo, 0, "", DateTime.MinValue, false));
            }
        }

        return result;
    }

    private string Sign(long sequence, string hash, DateTime atUtc) => Convert.ToHexStringLower(HMACSHA256.HashData(key.Key,
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"checkpoint\u001f{sequence}\u001f{hash}\u001f{atUtc.Ticks}"))));
}
