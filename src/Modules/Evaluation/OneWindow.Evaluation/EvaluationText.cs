namespace OneWindow.Evaluation;

/// <summary>Marker for this module's UI strings (EvaluationText.tsv -> .resx).</summary>
internal sealed class EvaluationText;
