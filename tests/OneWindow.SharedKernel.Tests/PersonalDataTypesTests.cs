using System.Security.Cryptography;
using System.Text;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.SharedKernel.Tests;

public sealed class PersonalDataTypesTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010719900307001X")]
    [InlineData("440524198001010013")]
    [InlineData("11010519491231002x")]
    public void Real_id_numbers_pass_the_GB_11643_check(string id) => Assert.True(ResidentIdNumber.IsValid(id));

    [Theory]
    [InlineData("110105194912310021", "check character")]
    [InlineData("11010519491331002X", "birth date")]
    [InlineData("1101051949123100", "18 characters")]
    [InlineData("1101051949A231002X", "digits")]
    public void Wrong_id_numbers_say_what_is_wrong(string id, string reason)
    {
        Assert.False(ResidentIdNumber.TryParse(id, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_birth_date_is_read_from_the_id_number()
    {
        Assert.True(ResidentIdNumber.TryParse("11010519491231002X", out var id, out _));
        Assert.Equal(new DateOnly(1949, 12, 31), id!.Value.BirthDate);
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000600037341L")]
    [InlineData("12100000400000770U")]
    public void Real_credit_codes_pass_the_GB_32100_check(string code) => Assert.True(UnifiedSocialCreditCode.IsValid(code));

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4")]
    [InlineData("9135010OM000100Y43")]
    public void Wrong_credit_codes_are_refused(string code) => Assert.False(UnifiedSocialCreditCode.IsValid(code));

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("+8619912345678", true)]
    [InlineData("12800138000", false)]
    [InlineData("1380013800", false)]
    [InlineData("138001380001", false)]
    [InlineData("1380013800a", false)]
    public void Mobile_numbers_are_eleven_digits_starting_13_to_19(string phone, bool valid) => Assert.Equal(valid, MobileNumber.IsValid(phone));

    [Fact]
    public void Masks_keep_only_what_a_clerk_needs_to_recognise_a_person()
    {
        Assert.Equal("1101**********002X", Masking.IdNumber("11010519491231002X"));
        Assert.Equal("138****5678", Masking.Phone("13812345678"));
        Assert.Equal("张*", Masking.Name("张三"));
        Assert.Equal("欧**", Masking.Name("欧阳娜"));
        Assert.Equal(string.Empty, Masking.Phone(null));
    }

    [Fact]
    public void Sm3_matches_the_standard_test_vectors()
    {
        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Sm3.Hex("abc"));
        Assert.Equal("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
            Sm3.Hex(string.Concat(Enumerable.Repeat("abcd", 16))));
    }

    [Fact]
    public void Sm4_gcm_round_trips_uses_a_fresh_nonce_and_detects_tampering()
    {
        var protector = new PersonalDataProtector(PersonalDataKeys.Generate());
        var first = protector.Encrypt("11010519491231002X")!;
        var second = protector.Encrypt("11010519491231002X")!;

        Assert.NotEqual(first, second);
        Assert.Equal("11010519491231002X", protector.Decrypt(first));
        Assert.Equal(protector.BlindIndex("11010519491231002x"), protector.BlindIndex(" 11010519491231002X "));

        var bytes = Convert.FromBase64String(first["sm4gcm1:".Length..]);
        bytes[^1] ^= 0x01;
        Assert.Throws<CryptographicException>(() => protector.Decrypt("sm4gcm1:" + Convert.ToBase64String(bytes)));
        var other = new PersonalDataProtector(PersonalDataKeys.Generate());
        Assert.Throws<CryptographicException>(() => other.Decrypt(first));
    }

    [Fact]
    public void Sm4_block_cipher_matches_the_GB_T_32907_example()
    {
        var key = Convert.FromHexString("0123456789abcdeffedcba9876543210");
        var engine = new Org.BouncyCastle.Crypto.Engines.SM4Engine();
        engine.Init(true, new Org.BouncyCastle.Crypto.Parameters.KeyParameter(key));
        var output = new byte[16];
        engine.ProcessBlock(key, 0, output, 0);
        Assert.Equal("681edf34d206965e86b3e94f536e4246", Convert.ToHexStringLower(output));
        Assert.NotEmpty(Encoding.UTF8.GetBytes("ok"));
    }
}
