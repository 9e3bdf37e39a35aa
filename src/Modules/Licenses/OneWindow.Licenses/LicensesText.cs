namespace OneWindow.Licenses;

/// <summary>Marker for this module's UI strings (LicensesText.tsv -> .resx).</summary>
internal sealed class LicensesText;
