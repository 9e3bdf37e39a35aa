namespace OneWindow.Web;

/// <summary>Marker for the host's UI strings (WebText.tsv -> WebText.resx, WebText.en.resx).</summary>
internal sealed class WebText;
