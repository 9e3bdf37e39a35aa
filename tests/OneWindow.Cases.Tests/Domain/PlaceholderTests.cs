namespace OneWindow.Cases.Tests.Domain;

public sealed class ContractShapeTests
{
    [Fact]
    public void A_case_summary_names_its_number_and_status() =>
        Assert.Contains(typeof(OneWindow.Cases.Contracts.CaseSummary).GetProperties(), p => p.Name == "Number");
}
