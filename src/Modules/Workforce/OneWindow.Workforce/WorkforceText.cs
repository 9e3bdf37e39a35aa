namespace OneWindow.Workforce;

/// <summary>Marker for this module's UI strings (WorkforceText.tsv -> .resx).</summary>
internal sealed class WorkforceText;
