namespace OneWindow.Calendar;

/// <summary>Marker for this module's UI strings (CalText.tsv -> .resx).</summary>
internal sealed class CalText;
