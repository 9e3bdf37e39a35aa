using System.Diagnostics;

namespace OneWindow.Cases.Documents;

/// <summary>
/// DOCX → PDF through LibreOffice (<c>soffice --headless --convert-to pdf</c>) when it is installed; each conversion uses
/// its own profile directory so conversions running at once do not block on LibreOffice's profile lock.
/// </summary>
internal sealed class PdfConverter(CasesOptions options)
{
    public string? Command { get; } = Find(options.OfficeCommand);

    public bool Available => Command is not null;

    public async Task<byte[]?> ConvertAsync(byte[] docx, CancellationToken ct)
    {
        if (Command is null)
        {
            return null;
        }

        var work = Directory.CreateTempSubdirectory("ow-cases-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "document.docx");
            await File.WriteAllBytesAsync(input, docx, ct);
            var start = new ProcessStartInfo(Command)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add($"-env:UserInstallation=file://{Path.Combine(work.FullName, "profile")}");
            start.ArgumentList.Add("--headless");
            start.ArgumentList.Add("--convert-to");
            start.ArgumentList.Add("pdf");
            start.ArgumentList.Add("--outdir");
            start.ArgumentList.Add(work.FullName);
            start.ArgumentList.Add(input);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("LibreOffice did not start.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var output = Path.Combine(work.FullName, "document.pdf");
            return File.Exists(output) ? await File.ReadAllBytesAsync(output, ct) : null;
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary directory is harmless.
            }
        }
    }

    private static string? Find(string? configured)
    {
        if (configured is not null)
        {
            return configured.Length == 0 ? null : File.Exists(configured) ? configured : null;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice" })
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
