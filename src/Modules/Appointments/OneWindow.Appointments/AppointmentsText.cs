namespace OneWindow.Appointments;

/// <summary>Marker for this module's UI strings (AppointmentsText.tsv -> .resx).</summary>
internal sealed class AppointmentsText;
