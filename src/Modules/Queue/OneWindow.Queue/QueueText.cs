namespace OneWindow.Queue;

/// <summary>Marker for this module's UI strings (QueueText.tsv -> .resx).</summary>
internal sealed class QueueText;
