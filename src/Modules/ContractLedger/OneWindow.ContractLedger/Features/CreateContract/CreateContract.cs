using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.ContractLedger.Contracts;
using OneWindow.ContractLedger.Data;
using OneWindow.ContractLedger.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.ContractLedger.Features.CreateContract;

/// <summary>
/// 登记合同: a contract with its parties, term, centers, payments and deduction rules. The payments must add up to the
/// total; a payment given as a percentage gets its amount to the fen, and one given both ways must agree.
/// </summary>
internal static class CreateContract
{
    public const decimal MaxAmount = 1_000_000_000_000m;
    public const int MaxDays = 3650;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/contracts", async Task<Results<Created<ContractView>, ProblemHttpResult>> (ContractInput request, ClaimsPrincipal user, ContractDesk desk, IOrganizationDirectory directory, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, user, desk, directory, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/contracts/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.ContractBureau)
            .WithTags("Contracts");

    public static async Task<Result<ContractView>> HandleAsync(ContractInput request, ClaimsPrincipal user, ContractDesk desk, IOrganizationDirectory directory, CancellationToken ct)
    {
        var scope = await desk.ScopeAsync(user, ct);
        var validated = await ValidateAsync(request, directory, scope, ct);
        if (!validated.IsSuccess)
        {
            return validated.Error!;
        }

        var contract = validated.Value!;
        if (await desk.Db.Contracts.AnyAsync(c => c.Code == contract.Code, ct))
        {
            return Exists(contract.Code);
        }

        contract.CreatedAt = desk.Now;
        contract.CreatedBy = ContractDesk.Actor(user);
        desk.Db.Contracts.Add(contract);
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return Exists(contract.Code);
        }

        return ContractView.Of(contract, await desk.CalendarAsync(contract, ct), desk.Today);
    }

    private static Error Exists(string code) => Error.Conflict("contracts.exists", $"A contract '{code}' exists already.");

    /// <summary>Every bad field at once; nothing is stored. <paramref name="scope"/>: the centers the author may name.</summary>
    public static async Task<Result<ServiceContract>> ValidateAsync(ContractInput request, IOrganizationDirectory directory, CenterScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation().Code("code", request.Code).Name("name", request.Name, 200);
        var signed = Date(v, "signedOn", request.SignedOn);
        var start = Date(v, "start", request.Start);
        var end = Date(v, "end", request.End);
        if (start is { } s && end is { } e && e < s)
        {
            v.Add("end", "must not be before start");
        }

        if (signed is { } si && end is { } en && si > en)
        {
            v.Add("signedOn", "must not be after end");
        }

        if (request.Amount is not { } amount || amount <= 0 || amount >= MaxAmount || !Money.HasAtMostTwoPlaces(amount))
        {
            v.Add("amount", "must be a positive amount in yuan with at most two decimal places");
        }

        Party(v, "bureau", request.Bureau);
        Party(v, "contractor", request.Contractor);

        var centers = (request.Centers ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (centers.Count == 0)
        {
            v.Add("centers", "name at least one center the contract covers");
        }

        foreach (var center in centers)
        {
            if (center.Length > 64 || !await directory.CenterExistsAsync(center, ct))
            {
                v.Add("centers", $"there is no center '{center}'");
            }
            else if (!scope.Contains(center))
            {
                v.Add("centers", $"'{center}' is outside your centers");
            }
        }

        var calendarCenter = string.IsNullOrWhiteSpace(request.CalendarCenter) ? centers.FirstOrDefault() : request.CalendarCenter.Trim();
        if (calendarCenter is not null && centers.Count > 0 && !centers.Contains(calendarCenter, StringComparer.Ordinal))
        {
            v.Add("calendarCenter", "must be one of the contract's centers");
        }

        var milestones = Milestones(v, request.Milestones, request.Amount is { } total && total > 0 ? total : null);
        Rules(v, request.Deductions, "deductions.");
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var contract = new ServiceContract
        {
            Code = request.Code!.Trim(),
            Name = request.Name!.Trim(),
            SignedOn = signed!.Value,
            Start = start!.Value,
            End = end!.Value,
            Amount = request.Amount!.Value,
            BureauName = request.Bureau!.Name!.Trim(),
            BureauContact = Trim(request.Bureau.Contact),
            BureauPhone = Trim(request.Bureau.Phone),
            BureauAddress = Trim(request.Bureau.Address),
            ContractorName = request.Contractor!.Name!.Trim(),
            ContractorContact = Trim(request.Contractor.Contact),
            ContractorPhone = Trim(request.Contractor.Phone),
            ContractorAddress = Trim(request.Contractor.Address),
            Centers = centers,
            CalendarCenter = calendarCenter!,
            CreatedBy = "system",
        };
        Apply(contract, request.Deductions);
        foreach (var m in milestones)
        {
            m.ContractId = contract.Id;
            contract.Milestones.Add(m);
        }

        return contract;
    }

    /// <summary>Sets the rules given; a null field keeps what the contract has.</summary>
    public static void Apply(ServiceContract contract, DeductionRulesInput? rules)
    {
        if (rules is null)
        {
            return;
        }

        contract.VacancyStandard = rules.VacancyStandard ?? contract.VacancyStandard;
        contract.VacancyStandardBasis = Trim(rules.VacancyStandardBasis) ?? contract.VacancyStandardBasis;
        contract.GeneralPercent = rules.GeneralPercent ?? contract.GeneralPercent;
        contract.MajorPercent = rules.MajorPercent ?? contract.MajorPercent;
        contract.SeverePercent = rules.SeverePercent ?? contract.SeverePercent;
        contract.EspeciallySeverePercent = rules.EspeciallySeverePercent ?? contract.EspeciallySeverePercent;
        contract.ErrorCapPercent = rules.ErrorCapPercent ?? contract.ErrorCapPercent;
        contract.ConfidentialityPercent = rules.ConfidentialityPercent ?? contract.ConfidentialityPercent;
        contract.TerminationPercent = rules.TerminationPercent ?? contract.TerminationPercent;
    }

    /// <summary>The standard is yuan (≥ 0, to the fen); percentages are 0-100 with at most four decimal places.</summary>
    public static void Rules(Validation v, DeductionRulesInput? rules, string prefix)
    {
        if (rules is null)
        {
            return;
        }

        if (rules.VacancyStandard is { } standard && (standard < 0 || standard >= MaxAmount || !Money.HasAtMostTwoPlaces(standard)))
        {
            v.Add(prefix + "vacancyStandard", "must be an amount in yuan of 0 or more, with at most two decimal places");
        }

        v.Optional(prefix + "vacancyStandardBasis", rules.VacancyStandardBasis, 500);
        Percent(v, prefix + "generalPercent", rules.GeneralPercent);
        Percent(v, prefix + "majorPercent", rules.MajorPercent);
        Percent(v, prefix + "severePercent", rules.SeverePercent);
        Percent(v, prefix + "especiallySeverePercent", rules.EspeciallySeverePercent);
        Percent(v, prefix + "errorCapPercent", rules.ErrorCapPercent);
        Percent(v, prefix + "confidentialityPercent", rules.ConfidentialityPercent);
        Percent(v, prefix + "terminationPercent", rules.TerminationPercent);
    }

    private static void Percent(Validation v, string field, decimal? value)
    {
        if (value is { } p && (p < 0 || p > 100 || Math.Round(p, 4) != p))
        {
            v.Add(field, "must be a percentage from 0 to 100 with at most four decimal places");
        }
    }

    private static List<Milestone> Milestones(Validation v, IReadOnlyList<MilestoneInput>? inputs, decimal? total)
    {
        var milestones = new List<Milestone>();
        if (inputs is not { Count: > 0 })
        {
            v.Add("milestones", "name at least one payment");
            return milestones;
        }

        if (inputs.Count > 60)
        {
            v.Add("milestones", "at most 60 payments");
            return milestones;
        }

        var complete = true;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var f = $"milestones[{i}].";
            if (input is null)
            {
                v.Add($"milestones[{i}]", "is required");
                complete = false;
                continue;
            }

            var errorsBefore = v.Errors.Count;
            v.Name(f + "name", input.Name, 200);
            decimal? amount = null;
            if (input.Percent is { } percent && (percent <= 0 || percent > 100 || Math.Round(percent, 4) != percent))
            {
                v.Add(f + "percent", "must be a percentage above 0 and at most 100");
            }
            else if (input.Amount is { } given)
            {
                if (given <= 0 || given >= MaxAmount || !Money.HasAtMostTwoPlaces(given))
                {
                    v.Add(f + "amount", "must be a positive amount in yuan with at most two decimal places");
                }
                else if (input.Percent is { } p && total is { } t && Money.Percent(t, p) != given)
                {
                    v.Add(f + "amount", $"{p}% of the total is {Money.Text(Money.Percent(t, p))}, not {Money.Text(given)}");
                }
                else
                {
                    amount = given;
                }
            }
            else if (input.Percent is { } p)
            {
                amount = total is { } t ? Money.Percent(t, p) : null;
            }
            else
            {
                v.Add(f + "amount", "give an amount or a percent");
            }

            var milestone = new Milestone { Name = input.Name?.Trim() ?? string.Empty, Seq = i + 1, Amount = amount ?? 0, Percent = input.Percent };
            if (!EnumParsing.TryParseWire<DueRule>(input.Due, out var rule))
            {
                v.Add(f + "due", $"must be one of {EnumParsing.Allowed<DueRule>()}");
            }
            else
            {
                milestone.Rule = rule;
                switch (rule)
                {
                    case DueRule.Date:
                        milestone.DueOn = Date(v, f + "dueOn", input.DueOn);
                        break;
                    case DueRule.WorkdaysAfterSigning or DueRule.DaysAfterSigning:
                        if (input.Days is not (>= 1 and <= MaxDays))
                        {
                            v.Add(f + "days", $"must be 1 to {MaxDays}");
                        }

                        milestone.Days = input.Days;
                        break;
                    default:
                        v.Name(f + "condition", input.Condition, 200);
                        milestone.Condition = input.Condition?.Trim();
                        if (input.Deadline is not null)
                        {
                            milestone.Deadline = Date(v, f + "deadline", input.Deadline);
                        }

                        break;
                }
            }

            complete &= amount is not null && v.Errors.Count == errorsBefore;
            milestones.Add(milestone);
        }

        if (complete && total is { } sum && milestones.Sum(m => m.Amount) != sum)
        {
            v.Add("milestones", $"the payments add up to {Money.Text(milestones.Sum(m => m.Amount))}, not the total {Money.Text(sum)}");
        }

        return milestones;
    }

    private static void Party(Validation v, string field, PartyInput? party)
    {
        if (party is null)
        {
            v.Add(field + ".name", "is required");
            return;
        }

        v.Name(field + ".name", party.Name, 200)
            .Optional(field + ".contact", party.Contact, 100)
            .Optional(field + ".phone", party.Phone, 100)
            .Optional(field + ".address", party.Address, 300);
    }

    private static DateOnly? Date(Validation v, string field, string? text)
    {
        if (ContractDesk.TryDate(text, out var date))
        {
            return date;
        }

        v.Add(field, "must be a date YYYY-MM-DD");
        return null;
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
