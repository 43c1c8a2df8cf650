using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Auditing;

/// <summary>Walks the sealed chain and reports every edited row (hash mismatch) and every deleted row (gap or broken link).</summary>
public sealed class AuditVerifier(AppDbContext db)
{
    public sealed record Finding(long Sequence, Guid? EntryId, string Problem);

    public sealed record Report(long Checked, long Unsealed, IReadOnlyList<Finding> Findings, string? LastHash)
    {
        public bool IsIntact => Findings.Count == 0;
    }

    public async Task<Report> VerifyAsync(CancellationToken ct)
    {
        var findings = new List<Finding>();
        long expected = 1;
        var previous = AuditChain.Genesis;
        long checkedRows = 0;
        long? after = 0;
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

                if (AuditChain.HashOf(e, seq, e.PreviousHash ?? "") != e.Hash)
                {
                    findings.Add(new Finding(seq, e.Id, "Nội dung bản ghi đã bị sửa. / The row was edited after sealing."));
                }

                previous = e.Hash ?? "";
                expected = seq + 1;
                checkedRows++;
            }

            after = rows.Count == page ? rows[^1].Sequence : null;
        }

        var unsealed = await db.AuditEntries.LongCountAsync(a => a.Sequence == null, ct);
        return new Report(checkedRows, unsealed, findings, checkedRows == 0 ? null : previous);
    }
}
