using OneWindow.Hotline.Domain;

namespace OneWindow.Hotline.Tests.Domain;

public sealed class CallerPhoneTests
{
    [Theory]
    [InlineData("13911020999", "13911020999")]
    [InlineData(" 139 1102 0999 ", "13911020999")]
    [InlineData("+8613911020999", "13911020999")]
    [InlineData("+86 139 1102 0999", "13911020999")]
    [InlineData("010-68871234", "01068871234")]
    [InlineData("01068871234", "01068871234")]
    [InlineData("010 6887 1234", "01068871234")]
    [InlineData("0477-8123456", "04778123456")]
    [InlineData("020-38881234", "02038881234")]
    public void Mobiles_and_landlines_with_their_area_code_normalize_to_one_form(string input, string expected)
    {
        Assert.True(CallerPhone.TryNormalize(input, out var normalized, out var error), error);
        Assert.Equal(expected, normalized);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("68871234")]
    [InlineData("12345")]
    [InlineData("12911020999")]
    [InlineData("1391102099")]
    [InlineData("139110209999")]
    [InlineData("010-1887123")]
    [InlineData("010-688712345")]
    [InlineData("abc13911020999")]
    [InlineData("010—68871234")]
    public void Anything_else_is_refused_with_a_reason(string input)
    {
        Assert.False(CallerPhone.TryNormalize(input, out var normalized, out var error));
        Assert.Empty(normalized);
        Assert.Contains("landline", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_number_is_required(string? input)
    {
        Assert.False(CallerPhone.TryNormalize(input, out _, out var error));
        Assert.StartsWith("is required", error, StringComparison.Ordinal);
    }
}
