namespace OneWindow.SharedKernel.Files;

/// <summary>
/// A folder of uploaded files under the data directory (never the web root): each file under a generated name with a
/// .bin extension in a sub-folder, so nothing uploaded is ever served or run as what it claims to be.
/// </summary>
public sealed class UploadFolder(string root)
{
    public string Root { get; } = root;

    /// <summary>The relative path for a new file: <c>sub/id.bin</c>.</summary>
    public static string NewPath(string subFolder, Guid id) => Path.Combine(subFolder, id.ToString("N") + ".bin");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Writes the bytes at the relative path; returns the full path.</summary>
    public async Task<string> WriteAsync(string relative, byte[] bytes, CancellationToken ct)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, bytes, ct);
        return full;
    }

    public Task<byte[]> ReadAsync(string relative, CancellationToken ct) => File.ReadAllBytesAsync(PathOf(relative), ct);

    /// <summary>Removes the file if it is there.</summary>
    public void Delete(string relative) => DeleteFile(PathOf(relative));

    /// <summary>Removes a file by its full path if it is there (null: nothing).</summary>
    public static void DeleteFile(string? fullPath)
    {
        if (fullPath is not null && File.Exists(fullPath))
        {
            File.Delete(fullPath);
        }
    }
}
