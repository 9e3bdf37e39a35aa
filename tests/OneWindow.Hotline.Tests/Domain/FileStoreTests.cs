using OneWindow.Hotline.Data;

namespace OneWindow.Hotline.Tests.Domain;

public sealed class FileStoreTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C }, null)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, null)]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, null)]
    [InlineData(new byte[0], null)]
    public void The_type_is_decided_by_the_first_bytes(byte[] head, string? type) => Assert.Equal(type, FileStore.Sniff(head));

    [Theory]
    [InlineData(10L * 1024 * 1024, "10 MB")]
    [InlineData(1536L * 1024, "1.5 MB")]
    [InlineData(64L * 1024, "64 KB")]
    [InlineData(1000L, "1000 bytes")]
    public void Limits_are_told_in_units_people_read(long bytes, string text) => Assert.Equal(text, FileStore.Size(bytes));
}
