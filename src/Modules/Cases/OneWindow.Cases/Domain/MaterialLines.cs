using OneWindow.SharedKernel.Api;

namespace OneWindow.Cases.Domain;

/// <summary>One material as received at the window: how (paper, license, 容缺, rejected) and the particulars each way needs.</summary>
internal sealed record MaterialLineInput(string? Code, string? Form, string? LicenseReference = null, string? Promise = null, string? DueOn = null, string? Reason = null);

/// <summary>Applies received materials to a case's lines: every bad line named, nothing applied unless all are good.</summary>
internal static class MaterialLines
{
    public static List<(CaseMaterial Line, MaterialLineInput Input, MaterialForm Form, DateOnly? Due)> Validate(
        IReadOnlyList<CaseMaterial> lines, IReadOnlyList<string>? provided, IReadOnlyList<MaterialLineInput>? materials, DateOnly today, Validation v)
    {
        var result = new List<(CaseMaterial, MaterialLineInput, MaterialForm, DateOnly?)>();
        var byCode = lines.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var code in provided ?? [])
        {
            if (code is not null && byCode.TryGetValue(code, out var line))
            {
                result.Add((line, new MaterialLineInput(code, "paper-original"), MaterialForm.PaperOriginal, null));
            }
            else
            {
                unknown.Add(code ?? "null");
            }
        }

        if (unknown.Count > 0)
        {
            v.Add("provided", $"{string.Join(", ", unknown)} {(unknown.Count == 1 ? "is not a material" : "are not materials")} of this case");
        }

        var i = 0;
        foreach (var input in materials ?? [])
        {
            var field = $"materials[{i++}]";
            if (input?.Code is null || !byCode.TryGetValue(input.Code, out var line))
            {
                v.Add($"{field}.code", $"'{input?.Code}' is not a material of this case");
                continue;
            }

            if (!EnumParsing.TryParseWire<MaterialForm>(input.Form, out var form) || form == MaterialForm.None)
            {
                v.Add($"{field}.form", "must be one of: paper-original, paper-copy, electronic-license, tolerated, rejected");
                continue;
            }

            DateOnly? due = null;
            switch (form)
            {
                case MaterialForm.ElectronicLicense:
                    if (!line.LicenseAccepted)
                    {
                        v.Add($"{field}.form", $"{line.Name} cannot be replaced by an electronic license");
                    }

                    v.Required($"{field}.licenseReference", input.LicenseReference, 100);
                    break;
                case MaterialForm.Tolerated:
                    if (!line.Tolerable)
                    {
                        v.Add($"{field}.form", $"{line.Name} is not a 容缺 material in the catalog");
                    }

                    v.Required($"{field}.promise", input.Promise, 500);
                    if (!DateOnly.TryParseExact(input.DueOn, "yyyy-MM-dd", out var d))
                    {
                        v.Add($"{field}.dueOn", "is required (YYYY-MM-DD): the date the applicant promises to bring it");
                    }
                    else if (d < today)
                    {
                        v.Add($"{field}.dueOn", "must not be in the past");
                    }
                    else
                    {
                        due = d;
                    }

                    break;
                case MaterialForm.Rejected:
                    v.Required($"{field}.reason", input.Reason, 500);
                    break;
            }

            result.Add((line, input, form, due));
        }

        return result;
    }

    public static void Apply(IEnumerable<(CaseMaterial Line, MaterialLineInput Input, MaterialForm Form, DateOnly? Due)> changes, DateTimeOffset now)
    {
        foreach (var (line, input, form, due) in changes)
        {
            line.Form = form;
            line.LicenseReference = form == MaterialForm.ElectronicLicense ? input.LicenseReference!.Trim() : null;
            line.Promise = form == MaterialForm.Tolerated ? input.Promise!.Trim() : null;
            line.DueOn = form == MaterialForm.Tolerated ? due : null;
            line.RejectReason = form == MaterialForm.Rejected ? input.Reason!.Trim() : null;
            line.ReceivedAt = form == MaterialForm.Rejected ? null : now;
        }
    }

    public static string Describe(IEnumerable<(CaseMaterial Line, MaterialLineInput Input, MaterialForm Form, DateOnly? Due)> changes) =>
        string.Join("; ", changes.Select(c => $"{c.Line.Code} {EnumParsing.ToWire(c.Form)}"));
}
