using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace OneWindow.SharedKernel.PersonalData;

/// <summary>
/// Encrypts personal fields at rest with SM4-GCM (GB/T 32907, GCM mode) and computes an HMAC-SM3 blind index so
/// an exact value can be found without decrypting every row. One instance per process: keys never change at run time.
/// </summary>
public sealed class PersonalDataProtector
{
    private const string Prefix = "sm4gcm1:";
    private const int NonceSize = 12;
    private const int TagBits = 128;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _indexKey;

    public PersonalDataProtector(PersonalDataKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.EncryptionKey.Length != 16)
        {
            throw new ArgumentException("The SM4 key must be 16 bytes.", nameof(keys));
        }

        if (keys.IndexKey.Length < 16)
        {
            throw new ArgumentException("The blind-index key must be at least 16 bytes.", nameof(keys));
        }

        _encryptionKey = keys.EncryptionKey;
        _indexKey = keys.IndexKey;
    }

    public string? Encrypt(string? plaintext)
    {
        if (plaintext is null)
        {
            return null;
        }

        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(true, new AeadParameters(new KeyParameter(_encryptionKey), TagBits, nonce));
        var output = new byte[cipher.GetOutputSize(input.Length)];
        var length = cipher.ProcessBytes(input, 0, input.Length, output, 0);
        cipher.DoFinal(output, length);
        return Prefix + Convert.ToBase64String([.. nonce, .. output]);
    }

    public string? Decrypt(string? stored)
    {
        if (stored is null)
        {
            return null;
        }

        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("The value is not SM4-GCM protected data.");
        }

        var bytes = Convert.FromBase64String(stored[Prefix.Length..]);
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(false, new AeadParameters(new KeyParameter(_encryptionKey), TagBits, bytes.AsSpan(0, NonceSize).ToArray()));
        var output = new byte[cipher.GetOutputSize(bytes.Length - NonceSize)];
        var length = cipher.ProcessBytes(bytes, NonceSize, bytes.Length - NonceSize, output, 0);
        try
        {
            length += cipher.DoFinal(output, length);
        }
        catch (Org.BouncyCastle.Crypto.InvalidCipherTextException ex)
        {
            throw new CryptographicException("Protected data was altered or the key is wrong.", ex);
        }

        return Encoding.UTF8.GetString(output, 0, length);
    }

    /// <summary>HMAC-SM3 of the normalized value (trimmed, upper case), hex; equal inputs give equal indexes.</summary>
    public string? BlindIndex(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var input = Encoding.UTF8.GetBytes(value.Trim().ToUpperInvariant());
        var mac = new HMac(new SM3Digest());
        mac.Init(new KeyParameter(_indexKey));
        mac.BlockUpdate(input, 0, input.Length);
        var result = new byte[mac.GetMacSize()];
        mac.DoFinal(result, 0);
        return Convert.ToHexStringLower(result);
    }
}

/// <summary>The two secrets behind personal-data protection. Read from configuration or a key file; never in the repository.</summary>
public sealed record PersonalDataKeys(byte[] EncryptionKey, byte[] IndexKey)
{
    public static PersonalDataKeys Generate() => new(RandomNumberGenerator.GetBytes(16), RandomNumberGenerator.GetBytes(32));

    /// <summary>Loads <paramref name="path"/>, creating it with fresh random keys (owner-only permissions) when absent.</summary>
    public static PersonalDataKeys LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path))
                ?? throw new InvalidOperationException($"The key file {path} is empty.");
            return new PersonalDataKeys(Convert.FromBase64String(file.Sm4Key), Convert.FromBase64String(file.IndexKey));
        }

        var keys = Generate();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(new KeyFile(Convert.ToBase64String(keys.EncryptionKey), Convert.ToBase64String(keys.IndexKey))));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return keys;
    }

    private sealed record KeyFile(string Sm4Key, string IndexKey);
}
