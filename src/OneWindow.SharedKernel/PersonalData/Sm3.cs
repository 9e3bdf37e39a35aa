using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace OneWindow.SharedKernel.PersonalData;

/// <summary>SM3 (GB/T 32905-2016) digests, hex encoded.</summary>
public static class Sm3
{
    public static string Hex(string text) => Hex(Encoding.UTF8.GetBytes(text));

    public static string Hex(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var digest = new SM3Digest();
        digest.BlockUpdate(data, 0, data.Length);
        var result = new byte[digest.GetDigestSize()];
        digest.DoFinal(result, 0);
        return Convert.ToHexStringLower(result);
    }
}
