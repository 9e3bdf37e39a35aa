using BenchmarkDotNet.Attributes;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Benchmarks;

/// <summary>The per-record costs of personal data handling: validate, encrypt, index, decrypt, chain-hash.</summary>
[MemoryDiagnoser]
public class PersonalDataBenchmarks
{
    private readonly PersonalDataProtector _protector = new(PersonalDataKeys.Generate());
    private string _cipher = string.Empty;

    [GlobalSetup]
    public void Setup() => _cipher = _protector.Encrypt("11010519491231002X")!;

    [Benchmark]
    public bool ValidateIdNumber() => ResidentIdNumber.IsValid("11010519491231002X");

    [Benchmark]
    public string? Sm4GcmEncrypt() => _protector.Encrypt("11010519491231002X");

    [Benchmark]
    public string? Sm4GcmDecrypt() => _protector.Decrypt(_cipher);

    [Benchmark]
    public string? HmacSm3BlindIndex() => _protector.BlindIndex("13812345678");

    [Benchmark]
    public string Sm3AuditLink() => Sm3.Hex("0000\u001f42\u001f638000000000000000\u001fadmin\u001fcreate\u001fCenter\u001f0193\u001f\u001f127.0.0.1");
}
