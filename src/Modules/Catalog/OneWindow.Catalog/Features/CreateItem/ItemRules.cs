using System.Globalization;
using OneWindow.Catalog.Contracts;
using OneWindow.Catalog.Domain;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Catalog.Features.CreateItem;

/// <summary>What makes an item's guide valid, shared by the API, the spreadsheet import and scenario loading.</summary>
internal static class ItemRules
{
    public const int MaxDays = 365;

    private static readonly Dictionary<string, ItemType> TypeNames = new(StringComparer.Ordinal)
    {
        ["行政许可"] = ItemType.Permit, ["许可"] = ItemType.Permit,
        ["行政确认"] = ItemType.Confirmation, ["确认"] = ItemType.Confirmation,
        ["行政裁决"] = ItemType.Adjudication, ["裁决"] = ItemType.Adjudication,
        ["行政给付"] = ItemType.Benefit, ["给付"] = ItemType.Benefit,
        ["行政奖励"] = ItemType.Reward, ["奖励"] = ItemType.Reward,
        ["行政备案"] = ItemType.Filing, ["备案"] = ItemType.Filing,
        ["行政征收"] = ItemType.Levy, ["征收"] = ItemType.Levy,
        ["其他行政权力"] = ItemType.OtherPower, ["其他"] = ItemType.OtherPower,
        ["公共服务"] = ItemType.PublicService, ["公服"] = ItemType.PublicService,
    };

    public static readonly string[] Scopes = ["none", "city", "region", "national"];

    public static string TypeLabel(ItemType type) => TypeNames.First(t => t.Value == type && t.Key.Length >= 4).Key;

    public static bool TryType(string? text, out ItemType type) =>
        EnumParsing.TryParseWire(text, out type) || (text is not null && TypeNames.TryGetValue(text.Trim(), out type));

    /// <summary>Checks every field; <paramref name="departments"/> are the codes of stationed departments.</summary>
    public static Result<ItemVersion> Validate(ItemInput input, IReadOnlySet<string> departments, DateOnly today, string prefix = "")
    {
        var v = new Validation();
        v.Code(prefix + "code", input.Code).Name(prefix + "name", input.Name, 200);
        if (!TryType(input.Type, out var type))
        {
            v.Add(prefix + "type", $"must be one of {EnumParsing.Allowed<ItemType>()} (or 行政许可, 行政确认, 公共服务 ...)");
        }

        if (string.IsNullOrWhiteSpace(input.DepartmentCode) || !departments.Contains(input.DepartmentCode))
        {
            v.Add(prefix + "departmentCode", $"department '{input.DepartmentCode}' is not stationed here");
        }

        if (input.LegalDays is < 1 or > MaxDays)
        {
            v.Add(prefix + "legalDays", $"must be 1-{MaxDays} working days, or empty when the law sets none");
        }

        if (input.PromisedDays is not (>= 0 and <= MaxDays))
        {
            v.Add(prefix + "promisedDays", $"is required: 0 (即办) to {MaxDays} working days");
        }
        else if (input.LegalDays is { } legal && input.PromisedDays > legal)
        {
            v.Add(prefix + "promisedDays", $"{input.PromisedDays} exceeds the legal limit of {legal} working days");
        }

        var level = ItemLevel.District;
        if (input.Level is not null && !EnumParsing.TryParseWire(input.Level, out level))
        {
            v.Add(prefix + "level", $"must be one of {EnumParsing.Allowed<ItemLevel>()}");
        }

        var from = today;
        if (input.EffectiveFrom is not null && !TryDate(input.EffectiveFrom, out from))
        {
            v.Add(prefix + "effectiveFrom", "must be a date YYYY-MM-DD from 2000 to 2199");
        }

        if (input.Scope is not null && !Scopes.Contains(input.Scope, StringComparer.Ordinal))
        {
            v.Add(prefix + "scope", $"must be one of {string.Join(", ", Scopes)}");
        }

        if (input.Visits is < 0 or > 5)
        {
            v.Add(prefix + "visits", "must be 0-5");
        }

        if (input.Category is not null)
        {
            v.Code(prefix + "category", input.Category);
        }

        foreach (var (field, value) in Texts(input))
        {
            if (value is { Length: > 2000 } || (value is not null && value.Contains('<', StringComparison.Ordinal)))
            {
                v.Add(prefix + field, "must be at most 2000 characters, without markup");
            }
        }

        var lines = new List<MaterialLine>();
        var materials = input.Materials ?? [];
        if (materials.Count > 60)
        {
            v.Add(prefix + "materials", "at most 60 materials");
        }

        for (var i = 0; i < materials.Count; i++)
        {
            var m = materials[i];
            var field = $"{prefix}materials[{i}]";
            v.Code(field + ".code", m.Code).Name(field + ".name", m.Name, 200);
            if (m.Copies is < 0 or > 20)
            {
                v.Add(field + ".copies", "must be 0-20");
            }

            if (m.Note is { Length: > 500 } || m.Source is { Length: > 50 } || m.SampleUrl is { Length: > 500 })
            {
                v.Add(field, "note at most 500, source at most 50, sampleUrl at most 500 characters");
            }

            if (m.SampleUrl is not null && !(m.SampleUrl.StartsWith("https://", StringComparison.Ordinal) || m.SampleUrl.StartsWith('/')))
            {
                v.Add(field + ".sampleUrl", "must be an https:// or site-relative link");
            }

            if (m.Code is not null && materials.Take(i).Any(o => o.Code == m.Code))
            {
                v.Add(field + ".code", $"material '{m.Code}' is listed twice");
            }

            lines.Add(new MaterialLine
            {
                Position = i,
                MaterialCode = m.Code ?? string.Empty,
                Name = m.Name?.Trim() ?? string.Empty,
                Source = Clean(m.Source),
                Original = m.Original ?? true,
                Copies = m.Copies ?? 1,
                Required = m.Required ?? true,
                ElectronicLicense = m.ElectronicLicense ?? false,
                Tolerated = m.Tolerated ?? false,
                Note = Clean(m.Note),
                SampleUrl = Clean(m.SampleUrl),
            });
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        return new ItemVersion
        {
            EffectiveFrom = from,
            Name = input.Name!.Trim(),
            Type = type,
            DepartmentCode = input.DepartmentCode!,
            Level = level,
            Category = input.Category,
            LegalDays = input.LegalDays,
            PromisedDays = input.PromisedDays!.Value,
            DeadlineNote = Clean(input.DeadlineNote),
            Basis = Clean(input.Basis),
            ImplementingBody = Clean(input.ImplementingBody),
            Conditions = Clean(input.Conditions),
            Audience = Clean(input.Audience),
            ResultName = Clean(input.ResultName),
            Fees = Clean(input.Fees),
            Process = Clean(input.Process),
            ReviewStandard = Clean(input.ReviewStandard),
            Scope = input.Scope ?? "none",
            Appointment = input.Appointment ?? false,
            Delivery = input.Delivery ?? false,
            OnlinePayment = input.OnlinePayment ?? false,
            Location = Clean(input.Location),
            Hours = Clean(input.Hours),
            Contact = Clean(input.Contact),
            Supervision = Clean(input.Supervision),
            Visits = input.Visits ?? 1,
            Materials = lines,
        };
    }

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= 2000 and < 2200;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IEnumerable<(string Field, string? Value)> Texts(ItemInput i) =>
    [
        ("deadlineNote", i.DeadlineNote), ("basis", i.Basis), ("implementingBody", i.ImplementingBody), ("conditions", i.Conditions),
        ("audience", i.Audience), ("resultName", i.ResultName), ("fees", i.Fees), ("process", i.Process), ("reviewStandard", i.ReviewStandard),
        ("location", i.Location), ("hours", i.Hours), ("contact", i.Contact), ("supervision", i.Supervision),
    ];
}
