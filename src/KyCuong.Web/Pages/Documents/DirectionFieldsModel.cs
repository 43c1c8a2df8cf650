using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Pages.Documents;

public sealed record DirectionFieldsModel(DirectionForm Form, IReadOnlyList<SelectListItem> Units);
