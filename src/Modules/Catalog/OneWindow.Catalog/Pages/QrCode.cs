using QRCoder;

namespace OneWindow.Catalog.Pages;

/// <summary>A QR code as inline SVG, so a printed guide leads back to its page.</summary>
internal static class QrCode
{
    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(3);
    }
}
