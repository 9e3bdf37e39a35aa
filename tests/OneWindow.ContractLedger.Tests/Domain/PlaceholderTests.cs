namespace OneWindow.ContractLedger.Tests.Domain;

public sealed class ModuleTests
{
    [Fact]
    public void The_module_has_its_name() => Assert.Equal("contractledger", ContractLedgerModule.Name);
}
