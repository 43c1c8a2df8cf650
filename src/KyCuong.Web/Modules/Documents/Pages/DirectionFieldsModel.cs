using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Documents.Pages;

internal sealed record DirectionFieldsModel(DirectionForm Form, IReadOnlyList<SelectListItem> Units);
