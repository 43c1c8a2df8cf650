using KyCuong.Web.Modules.Documents.DirectDocument;
using KyCuong.Web.Modules.Tasks.Contracts;

namespace KyCuong.Web.Modules.Documents;

/// <summary>A validated direction: the tasks to assign and the assigner that will create them.</summary>
internal sealed record DirectionPlan(DirectDocumentRequest Request, IReadOnlyList<NewTask> Tasks);
