using System.Net;
using OneWindow.Testing;
using static OneWindow.Cases.Tests.Integration.CaseApi;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>A server configured without LibreOffice answers PDF requests with a clear 409; the DOCX still works.</summary>
public sealed class NoOfficeApp() : AppFactory(settings: new Dictionary<string, string?> { ["OneWindow:Cases:OfficeCommand"] = string.Empty });

[Trait("Category", "Integration")]
public sealed class PdfTests(NoOfficeApp app) : IClassFixture<NoOfficeApp>
{
    [Fact]
    public async Task Without_libreoffice_a_pdf_is_refused_with_a_code_and_the_docx_is_still_served()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var id = Id(await CreateAsync(clerk, 300, "ID_CARD"));
        await (await clerk.GetAsync(new Uri($"/api/v1/cases/{id}/documents/one-time-notice?format=pdf", UriKind.Relative))).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.pdf_unavailable");
        await (await clerk.GetAsync(new Uri($"/api/v1/cases/{id}/documents/one-time-notice?format=rtf", UriKind.Relative))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var docx = await clerk.GetAsync(new Uri($"/api/v1/cases/{id}/documents/one-time-notice", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
    }
}
