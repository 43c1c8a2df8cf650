using KyCuong.Web.Modules.Drafts.Domain;
using KyCuong.Web.Platform.Printing;
using static KyCuong.Web.Platform.Printing.Decree30Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KyCuong.Web.Modules.Drafts.ExportDraft;

/// <summary>
/// A draft's layout as DOCX on the decree's page (<see cref="Decree30Docx"/>: A4, margins 20/20/30/20 mm, Times New Roman), with
/// the sizes of NĐ 30/2020 Phụ lục I §II: issuer and national title 13 pt in capitals, motto 14 pt bold, "Số" 13 pt, place and
/// date 14 pt italic, type and subject 14 pt bold, body 14 pt justified, "Nơi nhận" 12 pt bold italic with its lines in 11 pt,
/// signing form and signer 14 pt bold.
/// </summary>
internal static class DraftDocx
{
    public static byte[] Build(DraftLayout l) => Write(body =>
    {
        var left = new List<W.Paragraph>();
        if (l.IssuerAbove is { } above)
        {
            left.Add(P(above, center: true, size: 26));
        }

        left.Add(P(l.Issuer, bold: true, center: true, size: 26));
        left.Add(P(l.NumberLine, center: true, size: 26));
        if (l.LetterSubject is { } vv)
        {
            left.Add(P(vv, center: true, size: 24));
        }

        body.Append(TwoColumns([.. left],
            [P(DraftLayout.NationalTitle, bold: true, center: true, size: 26), P(DraftLayout.Motto, bold: true, center: true, underline: true, size: 28),
             P(l.PlaceAndDate, italic: true, center: true, size: 28)]));
        body.Append(P(""));
        if (l.TypeTitle is { } title)
        {
            body.Append(P(title, bold: true, center: true, size: 28));
            body.Append(P(l.SubjectTitle ?? "", bold: true, center: true, size: 28));
            body.Append(P(""));
        }

        if (l.Salutation.Count == 1)
        {
            body.Append(P(l.Salutation[0], center: true, size: 28));
        }
        else
        {
            foreach (var line in l.Salutation)
            {
                body.Append(P(line, center: line == l.Salutation[0], size: 28));
            }
        }

        foreach (var paragraph in l.Body)
        {
            body.Append(P(paragraph, size: 28, justify: true));
        }

        body.Append(P(""));
        var signing = l.SigningLines.Select(s => P(s, bold: true, center: true, size: 28)).ToList();
        // Space for the signature and the seal, then the name (Phụ lục I §II.7).
        signing.AddRange([P("", size: 28), P("", size: 28), P("", size: 28)]);
        signing.Add(P(l.Signer ?? "", bold: true, center: true, size: 28));
        body.Append(TwoColumns([P("Nơi nhận:", bold: true, italic: true, size: 24), .. l.Recipients.Select(r => P(r, size: 22))], [.. signing]));
    });
}
