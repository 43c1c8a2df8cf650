using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Pages.Documents;

public sealed record DocumentFieldsModel(DocumentForm Form, IReadOnlyList<SelectListItem> RegisteringUnits);
