using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Catalog.Contracts;
using OneWindow.Catalog.Data;
using OneWindow.Catalog.Domain;
using OneWindow.Catalog.Features.CreateItem;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using static OneWindow.Catalog.Features.ExchangeCatalog.CatalogWorkbook;

namespace OneWindow.Catalog.Features.ExchangeCatalog;

/// <summary>
/// Imports a catalog workbook all or nothing. New codes become items (or bundles); an item whose guide differs from
/// the version in force gets a new version from the row's 生效日期; identical rows change nothing, so importing an
/// export changes nothing. Any bad cell rejects the whole file and every bad cell is listed.
/// </summary>
internal static class ImportCatalog
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, string> ItemHeaders = new(StringComparer.Ordinal)
    {
        ["code"] = "事项编码", ["name"] = "事项名称", ["type"] = "事项类型", ["departmentCode"] = "实施部门编码", ["level"] = "办理层级",
        ["category"] = "排队类别", ["legalDays"] = "法定时限", ["promisedDays"] = "承诺时限", ["deadlineNote"] = "时限说明", ["basis"] = "设定依据",
        ["implementingBody"] = "实施主体", ["conditions"] = "受理条件", ["audience"] = "服务对象", ["resultName"] = "办理结果", ["fees"] = "收费标准",
        ["process"] = "办理流程", ["reviewStandard"] = "审查标准", ["scope"] = "通办范围", ["location"] = "办理地点", ["hours"] = "办理时间",
        ["contact"] = "咨询方式", ["supervision"] = "监督投诉", ["visits"] = "到现场次数", ["effectiveFrom"] = "生效日期", ["materials"] = "事项编码",
    };

    private static readonly Dictionary<string, string> MaterialHeaders = new(StringComparer.Ordinal)
    {
        ["code"] = "材料编码", ["name"] = "材料名称", ["copies"] = "份数", ["sampleUrl"] = "样表链接", [string.Empty] = "备注",
    };

    public sealed record Response(int ItemsCreated, int ItemsRevised, int ItemsUnchanged, int BundlesCreated, int BundlesUpdated, int BundlesUnchanged);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/catalog/import", async Task<Results<Ok<Response>, ProblemHttpResult>> (IFormFile? file, CatalogDbContext db, CatalogReader reader, IOrganizationDirectory organization, TimeProvider clock, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0 || file.Length > MaxBytes)
                {
                    return Error.Invalid("file", $"upload one .xlsx file of at most {MaxBytes / 1024 / 1024} MB as form field 'file'", "catalog.bad_file").ToProblem();
                }

                await using var upload = file.OpenReadStream();
                var buffer = new MemoryStream();
                await upload.CopyToAsync(buffer, ct);
                var result = await HandleAsync(buffer, db, reader, organization, clock, ct);
                return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.CatalogAdmin)
            .DisableAntiforgery()
            .WithTags("Catalog");

    public static async Task<Result<Response>> HandleAsync(MemoryStream workbook, CatalogDbContext db, CatalogReader reader, IOrganizationDirectory organization, TimeProvider clock, CancellationToken ct)
    {
        Parsed parsed;
        try
        {
            workbook.Position = 0;
            parsed = Read(workbook);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Whatever the spreadsheet reader throws on a damaged or foreign file, the answer is the same: not a workbook.
            return Error.Invalid("file", "the file is not an .xlsx workbook (open it in Excel or WPS and save it as .xlsx)", "catalog.bad_file");
        }

        var errors = parsed.Errors.ToList();
        var departments = (await organization.DepartmentsAsync(ct)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var existing = await db.Items.Include(i => i.Versions).ThenInclude(v => v.Materials).AsSplitQuery().ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);
        var plan = new List<(string Code, ItemVersion Version, ServiceItem? Existing)>();
        var unchanged = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, input, materialRows) in parsed.Items)
        {
            if (input.Code is not null && !seen.Add(input.Code))
            {
                errors.Add(new CellError(ItemsSheet, row, "A", "事项编码", $"item '{input.Code}' is on more than one row"));
                continue;
            }

            var current = input.Code is null ? null : existing.GetValueOrDefault(input.Code)?.Versions.Where(v => v.EffectiveFrom <= reader.Today).MaxBy(v => v.EffectiveFrom);
            var validated = ItemRules.Validate(input, departments, reader.Today);
            if (!validated.IsSuccess)
            {
                errors.AddRange(ToCells(validated.Error!, row, materialRows));
                continue;
            }

            var version = validated.Value!;
            if (current is not null && Same(input.Code!, version, current))
            {
                unchanged++;
                continue;
            }

            var item = input.Code is null ? null : existing.GetValueOrDefault(input.Code);
            var latest = item?.Versions.MaxBy(v => v.Version);
            if (latest is not null && version.EffectiveFrom <= latest.EffectiveFrom)
            {
                errors.Add(new CellError(ItemsSheet, row, ColumnLetter(Array.IndexOf(ItemColumns, "生效日期")), "生效日期",
                    $"the guide differs from version {latest.Version}; give a 生效日期 after {latest.EffectiveFrom:yyyy-MM-dd}"));
                continue;
            }

            plan.Add((input.Code!, version, item));
        }

        var bundles = await db.Bundles.Include(b => b.Items).ToDictionaryAsync(b => b.Code, StringComparer.Ordinal, ct);
        var bundlePlan = new List<BundleInput>();
        var bundlesUnchanged = 0;
        foreach (var (row, input) in parsed.Bundles)
        {
            var before = errors.Count;
            var v = new Validation().Code("code", input.Code).Name("name", input.Name, 200);
            foreach (var error in v.Errors)
            {
                errors.Add(new CellError(BundlesSheet, row, error.Key == "code" ? "A" : "B", error.Key == "code" ? "一件事编码" : "名称", string.Join("; ", error.Value)));
            }

            foreach (var member in (input.ItemCodes ?? []).Where(c => !seen.Contains(c) && !existing.ContainsKey(c)))
            {
                errors.Add(new CellError(BundlesSheet, row, "C", "包含事项", $"item '{member}' does not exist"));
            }

            if ((input.ItemCodes ?? []).Count < 2)
            {
                errors.Add(new CellError(BundlesSheet, row, "C", "包含事项", "a bundle combines at least 2 items"));
            }

            if (errors.Count > before)
            {
                continue;
            }

            if (bundles.TryGetValue(input.Code!, out var have)
                && have.Name == input.Name && have.PromisedDays == input.PromisedDays && have.Description == input.Description
                && have.Items.OrderBy(i => i.Position).Select(i => i.ItemCode).SequenceEqual(input.ItemCodes!))
            {
                bundlesUnchanged++;
                continue;
            }

            bundlePlan.Add(input);
        }

        if (errors.Count > 0)
        {
            return BadCells(errors);
        }

        // One SaveChanges: the whole file lands in one transaction or not at all.
        var created = 0;
        foreach (var (code, version, item) in plan)
        {
            if (item is null)
            {
                CreateItem.CreateItem.Add(db, code, version, clock);
                created++;
            }
            else
            {
                version.ItemId = item.Id;
                version.Version = item.Versions.Max(v => v.Version) + 1;
                version.EnteredAt = clock.GetUtcNow();
                db.Versions.Add(version);
            }
        }

        await reader.RegisterMaterialsAsync(plan.SelectMany(p => p.Version.Materials), ct);
        var bundlesCreated = 0;
        foreach (var input in bundlePlan)
        {
            if (!bundles.TryGetValue(input.Code!, out var have))
            {
                db.Bundles.Add(CreateBundle.CreateBundle.ToEntity(input, clock));
                bundlesCreated++;
                continue;
            }

            have.Name = input.Name!.Trim();
            have.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
            have.PromisedDays = input.PromisedDays;
            have.LeadDepartmentCode = input.LeadDepartmentCode;
            var members = input.ItemCodes!;
            have.Items.RemoveAll(i => i.Position >= members.Count);
            for (var i = 0; i < members.Count; i++)
            {
                var slot = have.Items.FirstOrDefault(x => x.Position == i);
                if (slot is null)
                {
                    have.Items.Add(new BundleItem { BundleId = have.Id, Position = i, ItemCode = members[i] });
                }
                else
                {
                    slot.ItemCode = members[i];
                }
            }
        }

        await db.SaveChangesAsync(ct);
        return new Response(created, plan.Count - created, unchanged, bundlesCreated, bundlePlan.Count - bundlesCreated, bundlesUnchanged);
    }

    private static bool Same(string code, ItemVersion candidate, ItemVersion current) =>
        JsonSerializer.Serialize(CatalogReader.ToGuide(code, candidate) with { Version = 0, EffectiveFrom = string.Empty }, Json)
        == JsonSerializer.Serialize(CatalogReader.ToGuide(code, current) with { Version = 0, EffectiveFrom = string.Empty }, Json);

    private static IEnumerable<CellError> ToCells(Error error, int row, IReadOnlyList<int> materialRows)
    {
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]>())
        {
            var reason = string.Join("; ", messages);
            if (field.StartsWith("materials[", StringComparison.Ordinal))
            {
                var close = field.IndexOf(']', StringComparison.Ordinal);
                var index = int.Parse(field[10..close], System.Globalization.CultureInfo.InvariantCulture);
                var property = close + 2 <= field.Length ? field[Math.Min(close + 2, field.Length)..] : string.Empty;
                var header = MaterialHeaders.GetValueOrDefault(property, "材料编码");
                yield return new CellError(MaterialsSheet, index < materialRows.Count ? materialRows[index] : 0, ColumnLetter(Array.IndexOf(MaterialColumns, header)), header, reason);
            }
            else
            {
                var header = ItemHeaders.GetValueOrDefault(field, "事项编码");
                yield return new CellError(ItemsSheet, row, ColumnLetter(Array.IndexOf(ItemColumns, header)), header, reason);
            }
        }
    }

    private static Error BadCells(List<CellError> cells)
    {
        var fields = cells
            .GroupBy(c => $"{c.Sheet}!{c.Column}{c.Row}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => $"{c.Header}: {c.Reason}").ToArray(), StringComparer.Ordinal);
        return new Error(StatusCodes.Status400BadRequest, "catalog.bad_cells", $"{cells.Count} cells cannot be imported; nothing was imported.", fields);
    }
}
