using OneWindow.SharedKernel.Api;

namespace OneWindow.SharedKernel.Tests;

public sealed class ValidationTests
{
    private enum Level
    {
        District,
        CrossRegion,
    }

    [Fact]
    public void Every_bad_field_is_collected_not_just_the_first()
    {
        var validation = new Validation().Code("code", "has space").Name("name", "<b>x</b>").Required("address", "   ");
        Assert.False(validation.IsValid);
        Assert.Equal(["address", "code", "name"], validation.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("district", true)]
    [InlineData("cross-region", true)]
    [InlineData("CROSS-REGION", true)]
    [InlineData("1", false)]
    [InlineData("planet", false)]
    [InlineData("", false)]
    public void Wire_enums_accept_kebab_case_names_only(string value, bool valid) =>
        Assert.Equal(valid, EnumParsing.TryParseWire<Level>(value, out _));

    [Fact]
    public void Wire_names_are_kebab_case() => Assert.Equal("cross-region", EnumParsing.ToWire(Level.CrossRegion));
}
