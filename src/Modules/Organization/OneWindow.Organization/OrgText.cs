namespace OneWindow.Organization;

/// <summary>Marker for this module's UI strings (OrgText.tsv -> .resx).</summary>
internal sealed class OrgText;
