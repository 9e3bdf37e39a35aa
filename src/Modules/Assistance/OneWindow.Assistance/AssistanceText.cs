namespace OneWindow.Assistance;

/// <summary>Marker for this module's UI strings (AssistanceText.tsv -> .resx).</summary>
internal sealed class AssistanceText;
