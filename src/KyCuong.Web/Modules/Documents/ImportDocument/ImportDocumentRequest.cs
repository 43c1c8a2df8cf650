using KyCuong.Web.Modules.Documents.DirectDocument;
using KyCuong.Web.Modules.Documents.RegisterDocument;

namespace KyCuong.Web.Modules.Documents.ImportDocument;

/// <summary>"Nhập văn bản": the corrected metadata of a parsed document and, optionally, the direction that creates its tasks.</summary>
internal sealed record ImportDocumentRequest(RegisterDocumentRequest? Document, DirectDocumentRequest? Direction);
