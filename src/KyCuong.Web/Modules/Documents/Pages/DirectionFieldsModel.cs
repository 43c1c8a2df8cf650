using Microsoft.AspNetCore.Mvc.Rendering;

namespace KyCuong.Web.Modules.Documents.Pages;

/// <summary>The direction fields: lead units and coordinating units as the caller may name them (Organisation's IAssignableUnits).</summary>
internal sealed record DirectionFieldsModel(DirectionForm Form, IReadOnlyList<SelectListItem> Units, IReadOnlyList<SelectListItem> CoordinatingUnits);
