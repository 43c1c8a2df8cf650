using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Documents.RegisterDocument;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Documents.Issuing;

/// <summary>
/// Issues a drafted document through the one registration path (<see cref="DocumentRegistrar"/>): the issuer's outgoing counter
/// (NĐ 30/2020 art. 15), the unique number index and the audit row, in one transaction with the caller's own change.
/// </summary>
internal sealed class OutgoingIssuer(AppDbContext db, DocumentRegistrar registrar) : IOutgoingIssuer
{
    public async Task<IssuedOutgoing> IssueAsync(OutgoingIssue issue, Func<IssuedOutgoing, CancellationToken, Task> withinTransaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(withinTransaction);
        var request = new RegisterDocumentRequest("outgoing", Issuer: null, NumberSymbol: issue.Symbol, Date: issue.Date, Type: issue.Type,
            Subject: issue.Subject, Urgency: null, IssuerUnitId: issue.IssuerUnitId, RegisteringUnitId: issue.IssuerUnitId, Place: issue.Place,
            Signer: issue.Signer, SigningForm: issue.SigningForm, Recipients: issue.Recipients);

        // The caller checked the signing permission on its unit; the register's own clerk check does not apply to a leader issuing.
        var prepared = await registrar.PrepareAsync(request, asSystem: true, Permission.None, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var document = await registrar.AddAsync(prepared, ct);
        var issued = new IssuedOutgoing(document.Id, document.Number!.Value, document.NumberSymbol!, document.Date!.Value);
        await withinTransaction(issued, ct);
        await registrar.SaveAsync(ct);
        await tx.CommitAsync(ct);
        return issued;
    }
}
