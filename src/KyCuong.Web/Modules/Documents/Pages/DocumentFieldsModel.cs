using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Documents.Pages;

internal sealed record DocumentFieldsModel(DocumentForm Form, IReadOnlyList<SelectListItem> RegisteringUnits);
