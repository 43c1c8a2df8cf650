using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Auditing;

/// <summary>
/// Walks the keyed chain and reports every edited row (HMAC mismatch), every deleted row (gap or broken link), every
/// checkpoint the chain no longer reaches unchanged (the newest rows deleted or re-sealed), every forged checkpoint, and
/// every row left unsealed longer than the sealing lag (seals cleared, or the sealer stopped) (ADR 0004).
/// </summary>
internal sealed class AuditVerifier(AppDbContext db, AuditKey key, AuditCheckpoints checkpoints)
{
    public sealed record Finding(long Sequence, Guid? EntryId, string Problem);

    public sealed record Report(long Checked, long Unsealed, IReadOnlyList<Finding> Findings, string? LastHash, long LastSequence, int CheckpointsChecked)
    {
        public bool IsIntact => Findings.Count == 0;
    }

    public async Task<Report> VerifyAsync(CancellationToken ct)
    {
        var findings = new List<Finding>();
        var anchors = checkpoints.ReadAll();
        foreach (var forged in anchors.Where(c => !c.SignatureValid))
        {
            findings.Add(new Finding(forged.Sequence, null, $"Mốc dòng {forged.Line} trong tệp mốc sai chữ ký. / Checkpoint line {forged.Line} has a wrong signature."));
        }

        var expectedAt = anchors.Where(c => c.SignatureValid).GroupBy(c => c.Sequence).ToDictionary(g => g.Key, g => g.Select(c => c.Hash).Distinct().ToList());
        long expected = 1;
        var previous = AuditChain.Genesis;
        long checkedRows = 0;
        long? after = 0;
        DateTime? lastSealedAt = null;
        const int page = 5000;
        while (after is not null)
        {
            var from = after.Value;
            var rows = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence > from).OrderBy(a => a.Sequence).Take(page).ToListAsync(ct);
            foreach (var e in rows)
            {
                var seq = e.Sequence!.Value;
                if (seq != expected)
                {
                    findings.Add(new Finding(expected, null, $"Thiếu bản ghi số {expected}–{seq - 1} (đã bị xóa). / Rows {expected}–{seq - 1} are missing (deleted)."));
                }

                if (e.PreviousHash != previous)
                {
                    findings.Add(new Finding(seq, e.Id, "Liên kết với bản ghi trước bị đứt. / The link to the previous row is broken."));
                }

                if (AuditChain.HashOf(e, seq, e.PreviousHash ?? "", key.Key) != e.Hash)
                {
                    findings.Add(new Finding(seq, e.Id, "Nội dung bản ghi đã bị sửa. / The row was edited after sealing."));
                }

                if (expectedAt.TryGetValue(seq, out var anchored) && anchored.Any(h => h != e.Hash))
                {
                    findings.Add(new Finding(seq, e.Id, "Bản ghi khác với mốc đã ký (bị niêm phong lại). / The row differs from a signed checkpoint (re-sealed)."));
                }

                if (e.SealedAtUtc is { } sealedAt && (lastSealedAt is null || sealedAt > lastSealedAt))
                {
                    lastSealedAt = sealedAt;
                }

                previous = e.Hash ?? "";
                expected = seq + 1;
                checkedRows++;
            }

            after = rows.Count == page ? rows[^1].Sequence : null;
        }

        var lastSequence = expected - 1;
        foreach (var beyond in expectedAt.Keys.Where(s => s > lastSequence).Order())
        {
            findings.Add(new Finding(beyond, null,
                $"Chuỗi dừng ở số {lastSequence}, trước mốc đã ký số {beyond}: các bản ghi mới nhất đã bị xóa hoặc bỏ niêm phong. / The chain ends at {lastSequence}, before the signed checkpoint {beyond}."));
        }

        // Rows the sealer should already have sealed: written more than the sealing lag before the last sealing the chain
        // or a signed checkpoint records. Such rows are reported and never sealed by verify, so clearing a seal and editing
        // the row cannot be laundered by the next run.
        var lastSealing = anchors.Where(c => c.SignatureValid).Select(c => (DateTime?)c.AtUtc).Append(lastSealedAt).Max();
        if (lastSealing is { } reference)
        {
            var cutoff = reference - key.SealingLag;
            var stale = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence == null && a.AtUtc < cutoff).OrderBy(a => a.AtUtc)
                .Select(a => new { a.Id, a.AtUtc }).Take(100).ToListAsync(ct);
            foreach (var s in stale)
            {
                findings.Add(new Finding(0, s.Id,
                    $"Bản ghi lúc {s.AtUtc:O} lẽ ra đã được niêm phong (quá {key.SealingLag.TotalMinutes:0} phút). / The row should already have been sealed."));
            }
        }

        var cleared = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence == null && (a.Hash != null || a.PreviousHash != null || a.SealedAtUtc != null))
            .Select(a => a.Id).Take(100).ToListAsync(ct);
        foreach (var id in cleared)
        {
            findings.Add(new Finding(0, id, "Bản ghi đã niêm phong bị xóa số thứ tự. / A sealed row lost its sequence number."));
        }

        var unsealed = await db.AuditEntries.LongCountAsync(a => a.Sequence == null, ct);
        return new Report(checkedRows, unsealed, findings, checkedRows == 0 ? null : previous, lastSequence, anchors.Count);
    }
}
