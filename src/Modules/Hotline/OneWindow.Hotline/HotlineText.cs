namespace OneWindow.Hotline;

/// <summary>Marker for this module's UI strings (HotlineText.tsv -> .resx).</summary>
internal sealed class HotlineText;
