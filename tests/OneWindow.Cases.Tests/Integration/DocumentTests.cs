using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Cases.Contracts;
using OneWindow.Testing;
using static OneWindow.Cases.Tests.Integration.CaseApi;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>The printed forms (DOCX with the number and a QR code) and the case directory other modules use.</summary>
[Trait("Category", "Integration")]
public sealed class DocumentTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static async Task<(string Text, int Images)> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Docx, response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        return (document.MainDocumentPart!.Document!.Body!.InnerText, document.MainDocumentPart.ImageParts.Count());
    }

    [Fact]
    public async Task The_one_time_notice_lists_every_missing_material_once_and_the_acceptance_notice_the_promised_date()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var created = await CreateAsync(clerk, 200, "ID_CARD");
        var id = Id(created);
        var number = created.GetProperty("number").GetString()!;

        var (text, images) = await ReadAsync(await clerk.GetAsync(new Uri($"/api/v1/cases/{id}/documents/one-time-notice", UriKind.Relative)));
        Assert.Contains("一次性告知书", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("申请书", text, StringComparison.Ordinal);
        Assert.Contains("困难情况说明", text, StringComparison.Ordinal);
        Assert.DoesNotContain("居民身份证", text, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber(200), text, StringComparison.Ordinal);
        Assert.Equal(1, images);

        await (await clerk.GetAsync(new Uri($"/api/v1/cases/{id}/documents/acceptance-notice", UriKind.Relative))).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.document_not_available");

        await ActAsync(clerk, id, "materials", new { provided = new[] { "MZ-005-M01", "MZ-005-M03" } });
        var accepted = await ActAsync(clerk, id, "accept");
        var deadline = DateOnly.ParseExact(accepted.GetProperty("deadline").GetString()!, "yyyy-MM-dd");
        (text, images) = await ReadAsync(await clerk.GetAsync(new Uri($"/api/v1/cases/{id}/documents/acceptance-notice", UriKind.Relative)));
        Assert.Contains("受理通知书", text, StringComparison.Ordinal);
        Assert.Contains($"{deadline.Year}年{deadline.Month}月{deadline.Day}日", text, StringComparison.Ordinal);
        Assert.Equal(1, images);
        await (await clerk.GetAsync(new Uri($"/api/v1/cases/{id}/documents/one-time-notice", UriKind.Relative))).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.document_not_available");

        // Printing is not a change of the case.
        Assert.Equal(["created-incomplete", "materials-received", "accepted"], Actions(await GetAsync(clerk, id)));
    }

    [Fact]
    public async Task The_hand_over_sheet_names_the_batch_its_cases_and_both_signatures()
    {
        var admin = await app.ClientForAsync();
        var id = Id(await CreateAsync(admin, 210, AllMaterials));
        await ActAsync(admin, id, "accept");
        var batch = await (await admin.PostJsonAsync("/api/v1/cases/handovers", new { departmentCode = Department, caseIds = new[] { id }, senderName = "李晓燕" })).ExpectAsync(HttpStatusCode.Created);
        var batchId = batch.GetProperty("id").GetGuid();
        await (await admin.PostJsonAsync($"/api/v1/cases/handovers/{batchId}/receive", new { receiverName = "周敏" })).ExpectAsync(HttpStatusCode.OK);
        var (text, _) = await ReadAsync(await admin.GetAsync(new Uri($"/api/v1/cases/handovers/{batchId}/document", UriKind.Relative)));
        Assert.Contains("材料流转交接单", text, StringComparison.Ordinal);
        Assert.Contains(batch.GetProperty("number").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("李晓燕", text, StringComparison.Ordinal);
        Assert.Contains("周敏", text, StringComparison.Ordinal);
        Assert.Contains("区民政局", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_modules_find_a_case_by_number_and_check_the_phones_last_four_digits()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var created = await CreateAsync(clerk, 220, AllMaterials);
        var number = created.GetProperty("number").GetString()!;
        using var scope = app.Services.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<ICaseDirectory>();
        var summary = await directory.FindByNumberAsync(number);
        Assert.NotNull(summary);
        Assert.Equal(Id(created), summary.Id);
        Assert.Equal("submitted", summary.Status);
        Assert.Equal(Item, summary.ItemCode);
        Assert.Equal(Department, summary.DepartmentCode);
        Assert.Equal("sjs", summary.CenterCode);
        Assert.Equal("clerk.li", summary.ClerkUserName);
        Assert.Null(await directory.FindByNumberAsync("19990101000001"));
        Assert.True(await directory.PhoneEndsWithAsync(number, Phone(220)[^4..]));
        Assert.False(await directory.PhoneEndsWithAsync(number, "0000"));
        Assert.False(await directory.PhoneEndsWithAsync("19990101000001", Phone(220)[^4..]));
    }
}

/// <summary>Where LibreOffice is installed (as on the build machines), the forms come as PDF too.</summary>
[Trait("Category", "Integration")]
public sealed class PdfConversionTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task A_form_asked_for_as_pdf_is_a_pdf_where_libreoffice_is_installed()
    {
        var installed = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "soffice")) || File.Exists(Path.Combine(d, "libreoffice")));
        var clerk = await app.ClientForAsync("clerk.li");
        var id = Id(await CreateAsync(clerk, 310, "ID_CARD"));
        var response = await clerk.GetAsync(new Uri($"/api/v1/cases/{id}/documents/one-time-notice?format=pdf", UriKind.Relative));
        if (!installed)
        {
            await response.ExpectProblemAsync(HttpStatusCode.Conflict, "cases.pdf_unavailable");
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }
}
