using OneWindow.Cases.Domain;
using OneWindow.Licenses.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Cases.Data;

/// <summary>
/// A material taken as an electronic license must name a license of the applicant's, for that material, valid today
/// (asked of the license service: the local registry or the external one). When the service does not answer, the
/// window is told to take the paper instead.
/// </summary>
internal static class LicenseCheck
{
    public static async Task VerifyAsync(
        IReadOnlyList<(CaseMaterial Line, MaterialLineInput Input, MaterialForm Form, DateOnly? Due)> changes,
        IReadOnlyList<MaterialLineInput>? inputs, string? holderId, ILicenseRegistry registry, DateOnly today, Validation v, CancellationToken ct)
    {
        var licensed = changes.Where(c => c.Form == MaterialForm.ElectronicLicense && !string.IsNullOrWhiteSpace(c.Input.LicenseReference)).ToList();
        if (licensed.Count == 0)
        {
            return;
        }

        IReadOnlyList<LicenseInfo> held;
        try
        {
            held = string.IsNullOrWhiteSpace(holderId) ? [] : await registry.ForHolderAsync(holderId, ct);
        }
        catch (LicenseServiceUnavailableException)
        {
            foreach (var change in licensed)
            {
                v.Add(Field(change.Input, inputs), "the license service did not answer: take the paper material instead");
            }

            return;
        }

        foreach (var change in licensed)
        {
            var reference = change.Input.LicenseReference!.Trim();
            var license = held.FirstOrDefault(l => string.Equals(l.Number, reference, StringComparison.Ordinal));
            var problem = license is null ? "is not a license of this applicant"
                : license.MaterialCode != change.Line.Code ? $"is a {license.Name}, not {change.Line.Name}"
                : !license.ValidOn(today) ? (license.Revoked ? "was revoked" : "is not valid today")
                : null;
            if (problem is not null)
            {
                v.Add(Field(change.Input, inputs), $"'{reference}' {problem}");
            }
        }
    }

    private static string Field(MaterialLineInput input, IReadOnlyList<MaterialLineInput>? inputs)
    {
        var index = inputs is null ? -1 : inputs.ToList().FindIndex(i => ReferenceEquals(i, input));
        return index < 0 ? "materials" : $"materials[{index}].licenseReference";
    }
}
