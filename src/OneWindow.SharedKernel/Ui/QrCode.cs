using QRCoder;

namespace OneWindow.SharedKernel.Ui;

/// <summary>A QR code as inline SVG: a printed guide leads back to its page, a queue ticket to its live status.</summary>
public static class QrCode
{
    public static string Svg(string text, int moduleSize = 3)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(moduleSize);
    }
}
