namespace OneWindow.Cases;

/// <summary>Marker for this module's UI strings (CasesText.tsv -> .resx).</summary>
internal sealed class CasesText;
