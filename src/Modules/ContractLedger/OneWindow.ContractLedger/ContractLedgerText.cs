namespace OneWindow.ContractLedger;

/// <summary>Marker for this module's UI strings (ContractLedgerText.tsv -> .resx).</summary>
internal sealed class ContractLedgerText;
