namespace OneWindow.Identity;

/// <summary>Marker for this module's UI strings (IdentityText.tsv -> .resx).</summary>
internal sealed class IdentityText;
