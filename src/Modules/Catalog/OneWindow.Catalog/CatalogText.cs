namespace OneWindow.Catalog;

/// <summary>Marker for this module's UI strings (CatalogText.tsv -> .resx).</summary>
internal sealed class CatalogText;
