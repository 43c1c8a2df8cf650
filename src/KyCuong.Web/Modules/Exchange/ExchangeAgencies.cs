using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Exchange.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Exchange;

/// <summary>
/// Agency codes for the exchange: a unit speaks with the code of the nearest unit at or above it that has one (a department's
/// office sends for its body); and the envelope written for an issued document (docs/domain.md "edXML exchange").
/// </summary>
internal sealed class ExchangeAgencies(IAgencyCodes codes, IUnitDirectory units)
{
    public async Task<AgencyUnit?> AgencyOfAsync(Guid unitId, CancellationToken ct)
    {
        var seen = new HashSet<Guid>();
        for (var unit = await units.FindAsync(unitId, ct); unit is not null && seen.Add(unit.Id); unit = unit.ParentId is { } p ? await units.FindAsync(p, ct) : null)
        {
            if ((await codes.OfUnitsAsync([unit.Id], ct)).TryGetValue(unit.Id, out var agency))
            {
                return agency;
            }
        }

        return null;
    }

    /// <summary>The sender's agency for a document: its issuer's, else its register's.</summary>
    public async Task<AgencyUnit> SenderOfAsync(ExchangeDocument d, CancellationToken ct) =>
        (d.IssuerUnitId is { } issuer ? await AgencyOfAsync(issuer, ct) : null)
        ?? await AgencyOfAsync(d.RegisteringUnitId, ct)
        ?? throw new DomainException("edxml.noAgencyCode",
            "Cơ quan ban hành chưa có mã định danh (QCVN 102:2016/BTTTT); quản trị viên cần ghi mã định danh cho đơn vị. / The issuing body has no agency code.");

    /// <summary>Only an issued document leaves: an outgoing one with its number and symbol from the register.</summary>
    public static void EnsureIssued(ExchangeDocument d)
    {
        if (d.Direction != "outgoing" || string.IsNullOrEmpty(d.NumberSymbol))
        {
            throw new DomainException("edxml.notIssued", "Chỉ văn bản đi đã được cấp số mới gửi liên thông được. / Only an issued outgoing document can be exchanged.");
        }
    }

    public static EdXmlEnvelope Envelope(ExchangeDocument d, AgencyUnit from, IReadOnlyList<EdXmlOrgan> to, DateTimeOffset now)
    {
        var (number, notation) = EdXmlEnvelope.SplitNumberSymbol(d.NumberSymbol);
        var (position, signer) = SplitSigner(d.Signer);
        return new EdXmlEnvelope(
            new EdXmlOrgan(from.AgencyCode, from.Name), to, d.Id.ToString("D"), number, notation, d.Place, d.Date, d.Type, d.Subject,
            SteeringType(d.Type), d.Urgency, d.DueDate, signer, position, d.SigningForm, now,
            d.Files.Select((f, i) => new EdXmlAttachment("att-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), f.FileName, f.ContentType, f.Content)).ToList());
    }

    /// <summary>
    /// QCVN 102:2016/BTTTT <c>SteeringType</c>: 1 for a document that directs (chỉ thị, công điện), else 0.
    /// </summary>
    private static int SteeringType(string? type) =>
        type is not null && (type.StartsWith("Chỉ thị", StringComparison.OrdinalIgnoreCase) || type.StartsWith("Công điện", StringComparison.OrdinalIgnoreCase)) ? 1 : 0;

    /// <summary>"Chủ tịch Nguyễn Văn A" is kept whole as the full name; a "Position: Name" pair is split.</summary>
    private static (string? Position, string? Name) SplitSigner(string? signer)
    {
        if (string.IsNullOrWhiteSpace(signer))
        {
            return (null, null);
        }

        var colon = signer.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? (signer[..colon].Trim(), signer[(colon + 1)..].Trim()) : (null, signer.Trim());
    }
}
