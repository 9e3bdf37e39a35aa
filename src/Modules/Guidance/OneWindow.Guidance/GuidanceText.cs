namespace OneWindow.Guidance;

/// <summary>Marker for this module's UI strings (GuidanceText.tsv -> .resx).</summary>
internal sealed class GuidanceText;
