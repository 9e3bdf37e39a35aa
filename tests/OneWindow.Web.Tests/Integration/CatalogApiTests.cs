using System.Net;
using OneWindow.Testing;

namespace OneWindow.Web.Tests.Integration;

/// <summary>The catalog through HTTP (api.md: Catalog and acceptance), on SQLite and PostgreSQL.</summary>
[Trait("Category", "Integration")]
public sealed class CatalogApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static object Item(string code, string name = "测试事项", int promisedDays = 5, int? legalDays = 20, string department = "sjs-scjgj", object[]? materials = null) => new
    {
        code,
        name,
        type = "permit",
        departmentCode = department,
        legalDays,
        promisedDays,
        materials = materials ?? new object[]
        {
            new { code = "ID_CARD", name = "居民身份证", required = true, electronicLicense = true },
            new { code = code + "-FORM", name = "申请表", required = true, electronicLicense = false },
            new { code = "PHOTO", name = "近期免冠照片", required = false, electronicLicense = false },
        },
    };

    [Fact]
    public async Task The_demo_catalog_has_real_items_across_departments_and_the_national_bundles()
    {
        var client = app.CreateClient();
        var items = await (await client.GetAsync("/api/v1/catalog/items")).ExpectAsync(HttpStatusCode.OK);
        Assert.True(items.GetArrayLength() >= 80, $"{items.GetArrayLength()} items");
        var departments = items.EnumerateArray().Select(i => i.GetProperty("departmentCode").GetString()).Distinct().Count();
        Assert.True(departments >= 10, $"{departments} departments");
        var bundles = await (await client.GetAsync("/api/v1/catalog/bundles")).ExpectAsync(HttpStatusCode.OK);
        var names = bundles.EnumerateArray().Select(b => b.GetProperty("name").GetString()).ToList();
        foreach (var expected in new[] { "新生儿出生一件事", "开办餐饮店一件事", "退休一件事", "残疾人服务一件事", "水电气网联合报装一件事", "企业信息变更一件事" })
        {
            Assert.Contains(expected, names);
        }

        var food = await (await client.GetAsync("/api/v1/catalog/items/SCJG-007")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("食品经营许可(新办)", food.GetProperty("name").GetString());
        Assert.Equal(15, food.GetProperty("legalDays").GetInt32());
        Assert.Equal(10, food.GetProperty("promisedDays").GetInt32());
    }

    [Fact]
    public async Task An_admin_adds_an_item_and_a_duplicate_code_is_a_conflict()
    {
        var admin = await app.ClientForAsync();
        var created = await (await admin.PostJsonAsync("/api/v1/catalog/items", Item("T-CREATE"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(1, created.GetProperty("version").GetInt32());
        Assert.Equal(3, created.GetProperty("materials").GetArrayLength());
        await (await admin.PostJsonAsync("/api/v1/catalog/items", Item("T-CREATE"))).ExpectProblemAsync(HttpStatusCode.Conflict, "catalog.duplicate_code");
        var anonymous = await app.CreateClient().PostJsonAsync("/api/v1/catalog/items", Item("T-ANON"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Bad_items_name_every_bad_field_and_store_nothing()
    {
        var admin = await app.ClientForAsync();
        var bad = new
        {
            code = "bad code",
            name = "",
            type = "magic",
            departmentCode = "nowhere",
            legalDays = 5,
            promisedDays = 9,
            materials = new object[] { new { code = "ID_CARD", name = "身份证" }, new { code = "ID_CARD", name = "身份证" }, new { code = "", name = "x" } },
        };
        var fields = await (await admin.PostJsonAsync("/api/v1/catalog/items", bad)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        foreach (var field in new[] { "code", "name", "type", "departmentCode", "promisedDays", "materials[1].code", "materials[2].code" })
        {
            Assert.Contains(field, fields);
        }

        var negative = await (await admin.PostJsonAsync("/api/v1/catalog/items", Item("T-NEG", promisedDays: -1, legalDays: 100000))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains("promisedDays", negative);
        Assert.Contains("legalDays", negative);
        await (await app.CreateClient().GetAsync("/api/v1/catalog/items/T-NEG")).ExpectProblemAsync(HttpStatusCode.NotFound, "catalog.unknown_item");
        await (await admin.PostRawAsync("/api/v1/catalog/items", "{\"code\": \"T-JSON\", \"promisedDays\": \"many\"")).ExpectAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_new_version_takes_effect_on_its_date_and_the_old_one_stays_readable()
    {
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/catalog/items", Item("T-VERSION"))).ExpectAsync(HttpStatusCode.Created);
        var revised = new
        {
            name = "测试事项(新版)",
            type = "permit",
            departmentCode = "sjs-scjgj",
            legalDays = 20,
            promisedDays = 3,
            effectiveFrom = "2030-01-01",
            materials = new object[] { new { code = "ID_CARD", name = "居民身份证", required = true, electronicLicense = true } },
        };
        var v2 = await (await admin.PostJsonAsync("/api/v1/catalog/items/T-VERSION/versions", revised)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        await (await admin.PostJsonAsync("/api/v1/catalog/items/T-VERSION/versions", revised)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        var client = app.CreateClient();
        var today = await (await client.GetAsync("/api/v1/catalog/items/T-VERSION")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, today.GetProperty("version").GetInt32());
        Assert.Equal(5, today.GetProperty("promisedDays").GetInt32());
        var later = await (await client.GetAsync("/api/v1/catalog/items/T-VERSION?on=2030-01-02")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("测试事项(新版)", later.GetProperty("name").GetString());
        var first = await (await client.GetAsync("/api/v1/catalog/items/T-VERSION?version=1")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, first.GetProperty("materials").GetArrayLength());
    }

    [Fact]
    public async Task A_bundle_merges_shared_materials_once_and_unknown_items_are_named()
    {
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/catalog/items", Item("T-B1"))).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/catalog/items", Item("T-B2", promisedDays: 8))).ExpectAsync(HttpStatusCode.Created);
        var fields = await (await admin.PostJsonAsync("/api/v1/catalog/bundles", new { code = "T-BUNDLE", name = "测试一件事", itemCodes = new[] { "T-B1", "NOPE", "T-B1" } }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["itemCodes[1]", "itemCodes[2]"], fields.Order(StringComparer.Ordinal).ToArray());

        var bundle = await (await admin.PostJsonAsync("/api/v1/catalog/bundles", new { code = "T-BUNDLE", name = "测试一件事", itemCodes = new[] { "T-B1", "T-B2" } }))
            .ExpectAsync(HttpStatusCode.Created);
        var materials = bundle.GetProperty("materials").EnumerateArray().Select(m => m.GetProperty("material").GetProperty("code").GetString()).ToList();
        Assert.Equal(["ID_CARD", "T-B1-FORM", "PHOTO", "T-B2-FORM"], materials);
        Assert.Equal(2, bundle.GetProperty("materials")[0].GetProperty("itemCodes").GetArrayLength());
        Assert.Equal(8, bundle.GetProperty("promisedDays").GetInt32());
        await (await admin.PostJsonAsync("/api/v1/catalog/bundles", new { code = "T-BUNDLE", name = "again", itemCodes = new[] { "T-B1", "T-B2" } }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "catalog.duplicate_code");
    }

    [Fact]
    public async Task Assess_lists_every_required_material_not_provided_once_in_catalog_order()
    {
        var staff = await app.ClientForAsync();
        var item = await (await staff.PostJsonAsync("/api/v1/cases/assess", new { itemCode = "CL-001", provided = new[] { "ID_CARD" } })).ExpectAsync(HttpStatusCode.OK);
        Assert.False(item.GetProperty("complete").GetBoolean());
        var missing = item.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("code").GetString()).ToList();
        Assert.Equal(["HOUSEHOLD_REGISTER", "PHOTO", "CL-001-M04", "CL-001-M05"], missing);

        var bundle = await (await staff.PostJsonAsync("/api/v1/cases/assess", new { bundleCode = "YJS-XSECS", provided = Array.Empty<string>() })).ExpectAsync(HttpStatusCode.OK);
        var codes = bundle.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("code").GetString()).ToList();
        Assert.Equal(codes.Distinct().Count(), codes.Count);
        Assert.Equal("ID_CARD", codes[0]);
        Assert.Single(codes, c => c == "BIRTH_MEDICAL_CERT");

        var all = (await (await app.CreateClient().GetAsync("/api/v1/catalog/bundles/YJS-XSECS")).ExpectAsync(HttpStatusCode.OK))
            .GetProperty("materials").EnumerateArray().Where(m => m.GetProperty("material").GetProperty("required").GetBoolean())
            .Select(m => m.GetProperty("material").GetProperty("code").GetString()!).ToArray();
        var complete = await (await staff.PostJsonAsync("/api/v1/cases/assess", new { bundleCode = "YJS-XSECS", provided = all })).ExpectAsync(HttpStatusCode.OK);
        Assert.True(complete.GetProperty("complete").GetBoolean());
        Assert.Equal(0, complete.GetProperty("missing").GetArrayLength());

        await (await staff.PostJsonAsync("/api/v1/cases/assess", new { itemCode = "NOPE", provided = Array.Empty<string>() })).ExpectProblemAsync(HttpStatusCode.BadRequest, "catalog.unknown_item");
        await (await staff.PostJsonAsync("/api/v1/cases/assess", new { itemCode = "CL-001", provided = new[] { "UNICORN" } })).ExpectProblemAsync(HttpStatusCode.BadRequest, "catalog.unknown_material");
        await (await staff.PostJsonAsync("/api/v1/cases/assess", new { itemCode = "CL-001", bundleCode = "YJS-XSECS" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }
}
