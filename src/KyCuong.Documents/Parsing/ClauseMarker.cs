namespace KyCuong.Documents.Parsing;

/// <summary>The marker opening a paragraph: "1.", "1.2.", "a)", "Điều 3.", "II.", "-".</summary>
internal readonly record struct ClauseMarker(ClauseMarkerKind Kind, string Label, int Number, char Letter, int Length);
