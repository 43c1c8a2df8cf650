using System.Security.Cryptography;

namespace KyCuong.Web.Platform.Uploads;

/// <summary>A file sent in a JSON body: its name, content type and content as base64 (the API's one shape for attachments).</summary>
internal sealed record AttachmentInput(string? Name, string? ContentType, string? ContentBase64);

/// <summary>An attachment decoded and checked: a safe file name, a bounded content type, the bytes and their SHA-256.</summary>
internal sealed record DecodedAttachment(string FileName, string ContentType, byte[] Content, string Sha256);

/// <summary>
/// Decodes attachments sent as base64 with the same rules everywhere (docs/operations.md, "Uploads"): at most a number of files,
/// each named (the path stripped, at most 255 characters), valid base64, not empty and not larger than the module's limit. Each
/// problem is reported on its own field (<c>attachments[i].name</c>) so that nothing is stored when one file is wrong.
/// </summary>
internal static class AttachmentDecoder
{
    public static IReadOnlyList<DecodedAttachment> Decode(Validator v, IReadOnlyList<AttachmentInput>? inputs, int maxFiles, long maxBytes)
    {
        var list = new List<DecodedAttachment>();
        if (inputs is null)
        {
            return list;
        }

        v.Check(inputs.Count <= maxFiles, "attachments", $"Tối đa {maxFiles} tệp đính kèm. / At most {maxFiles} attachments.");
        for (var i = 0; i < inputs.Count && i < maxFiles; i++)
        {
            var a = inputs[i];
            var field = $"attachments[{i}]";
            // The last part of a path, whichever separator the sending system used (a Windows browser may send C:\...\file).
            var raw = (a.Name ?? "").Trim();
            var name = raw[(raw.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
            if (name.Length == 0 || name.Length > 255)
            {
                v.Add(field + ".name", "Tên tệp là bắt buộc (tối đa 255 ký tự). / The file name is required (at most 255 characters).");
                continue;
            }

            byte[] content;
            try
            {
                content = Convert.FromBase64String(a.ContentBase64 ?? "");
            }
            catch (FormatException)
            {
                v.Add(field + ".contentBase64", "Nội dung tệp không đúng định dạng base64. / The content is not valid base64.");
                continue;
            }

            if (content.Length == 0 || content.Length > maxBytes)
            {
                v.Add(field + ".contentBase64", $"Tệp rỗng hoặc lớn quá {maxBytes / 1024 / 1024} MB. / The file is empty or too large.");
                continue;
            }

            var type = string.IsNullOrWhiteSpace(a.ContentType) || a.ContentType.Length > 100 ? "application/octet-stream" : a.ContentType.Trim();
            list.Add(new DecodedAttachment(name.Normalize(), type, content, Convert.ToHexStringLower(SHA256.HashData(content))));
        }

        return list;
    }
}
