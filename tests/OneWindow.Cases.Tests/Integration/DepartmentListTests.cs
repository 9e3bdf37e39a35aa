using System.Net;
using OneWindow.Testing;
using static OneWindow.Cases.Tests.Integration.CaseApi;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>The case list of a department user holds only its department's cases.</summary>
[Trait("Category", "Integration")]
public sealed class DepartmentListTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task A_department_reviewer_lists_only_its_departments_cases()
    {
        var admin = await app.ClientForAsync();
        var id = await HandedOverAsync(admin, 230);
        var own = await (await (await app.ClientForAsync("mzj.zhou")).GetAsync(new Uri("/api/v1/cases?status=handed-over", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(own.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);

        var other = await app.ClientForAsync("scjgj.wu");
        var listed = await (await other.GetAsync(new Uri("/api/v1/cases?status=handed-over", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        var fields = await (await other.GetAsync(new Uri($"/api/v1/cases?departmentCode={Department}", UriKind.Relative))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["departmentCode"], fields);
    }
}
