namespace OneWindow.Workforce.Tests.Domain;

public sealed class CoverageTests
{
    [Fact]
    public void Coverage_names_the_four_ways_a_post_is_covered() =>
        Assert.Equal(["A", "B", "Substitute", "Vacant"], Enum.GetNames<OneWindow.Workforce.Contracts.Coverage>());
}
