namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>One move of a task between lead units (docs/domain.md §9: returns and re-routings are counted).</summary>
internal enum RoutingKind
{
    Assigned,
    Returned,
    Rerouted,
}
