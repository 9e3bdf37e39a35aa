using OneWindow.Appointments.Domain;

namespace OneWindow.Appointments.Tests.Domain;

public sealed class AppointmentCodeTests
{
    [Fact]
    public void Codes_are_eight_unambiguous_characters_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => AppointmentCode.New()).ToList();

        Assert.All(codes, c => Assert.Equal(8, c.Length));
        Assert.All(codes, c => Assert.DoesNotMatch("[01IO]", c));
        Assert.All(codes, c => Assert.Matches("^[2-9A-HJ-NP-Z]{8}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("abcd2345", true, "ABCD2345")]
    [InlineData(" ABCD2345 ", true, "ABCD2345")]
    [InlineData("ABCD234O", false, null)]
    [InlineData("ABCD2341", false, null)]
    [InlineData("ABC2345", false, null)]
    [InlineData(null, false, null)]
    public void Codes_from_a_url_are_upper_cased_and_checked(string? text, bool valid, string? normalized)
    {
        Assert.Equal(valid, AppointmentCode.TryNormalize(text, out var code));
        if (valid)
        {
            Assert.Equal(normalized, code);
        }
    }
}
