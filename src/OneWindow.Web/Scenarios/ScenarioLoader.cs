using System.Text.Json;
using OneWindow.Appointments.Contracts;
using OneWindow.Assistance.Contracts;
using OneWindow.Calendar.Contracts;
using OneWindow.Cases.Contracts;
using OneWindow.Catalog.Contracts;
using OneWindow.Evaluation.Contracts;
using OneWindow.ContractLedger.Contracts;
using OneWindow.Guidance.Contracts;
using OneWindow.Hotline.Contracts;
using OneWindow.Identity.Contracts;
using OneWindow.Licenses.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.Queue.Contracts;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Contracts;

namespace OneWindow.Web.Scenarios;

/// <summary>A demo scenario file under Scenarios/: the organization, hall hours, catalog, knowledge, appointment templates, simulated queue history and demo users of one contract.</summary>
internal sealed record ScenarioFile(string Name, string Title, OrganizationScenario Organization, IReadOnlyList<ScenarioUser> Users, IReadOnlyList<ScenarioHours>? Hours, ScenarioCatalog? Catalog, IReadOnlyList<EntryInput>? Knowledge, IReadOnlyList<ScenarioSlotTemplates>? Appointments, QueueHistoryScenario? QueueHistory, HotlineScenario? Hotline, WorkforceScenario? Workforce, IReadOnlyList<ContractInput>? Contracts, IReadOnlyList<LicenseInput>? Licenses = null, AssistanceScenario? Assistance = null);

internal sealed record ScenarioResult(string Name, string Title, int Centers, int Halls, int Windows, int Users);

internal sealed class ScenarioLoader(IOrganizationSeeder organization, IBusinessHoursSeeder hours, ICatalogSeeder catalog, IKnowledgeSeeder knowledge, IAppointmentsSeeder appointments, IQueueHistorySeeder queueHistory, IHotlineSeeder hotline, IWorkforceSeeder workforce, IContractSeeder contracts, ILicenseSeeder licenses, IEvaluationSeeder evaluations, IAssistanceSeeder assistance, ICaseHistorySeeder caseHistory, IIdentitySeeder identity, IOrganizationDirectory directory, IConfiguration configuration, ILogger<ScenarioLoader> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<string> Available =>
        Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList() : [];

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public async Task<bool> IsDatabaseEmptyAsync(CancellationToken cancellationToken) =>
        (await directory.CountAsync(CenterScope.Everything, cancellationToken)).Centers == 0;

    public async Task<ScenarioResult> LoadAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Folder, name + ".json");
        if (!Available.Contains(name, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"There is no scenario '{name}'. Available: {string.Join(", ", Available)}.");
        }

        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<ScenarioFile>(stream, Json, cancellationToken)
            ?? throw new InvalidOperationException($"Scenario file {path} is empty.");
        ActorContext.SetSystem("scenario:" + name);
        await organization.SeedAsync(file.Organization, cancellationToken);
        await hours.SeedAsync(file.Hours ?? [], cancellationToken);
        if (file.Catalog is not null)
        {
            await catalog.SeedAsync(file.Catalog, cancellationToken);
        }

        await knowledge.SeedAsync(file.Knowledge ?? [], cancellationToken);
        await appointments.SeedAsync(file.Appointments ?? [], cancellationToken);
        if (file.QueueHistory is { } history)
        {
            // OneWindow:Demo:QueueHistoryDays shortens (or with 0 skips) the simulated past, e.g. for tests.
            var days = Math.Min(history.Days, configuration.GetValue("OneWindow:Demo:QueueHistoryDays", history.Days));
            var tickets = days > 0 ? await queueHistory.SeedAsync(history with { Days = days, Clerks = history.Clerks ?? DemoClerks.For(file.Organization, file.Workforce) }, cancellationToken) : 0;
            logger.LogInformation("Simulated {Tickets} past queue tickets over {Days} days", tickets, days);
        }

        if (file.Hotline is { } lines)
        {
            await hotline.SeedAsync(lines, cancellationToken);

            // OneWindow:Demo:HotlineHistoryDays shortens (or with 0 skips) the simulated past orders, e.g. for tests.
            if (lines.History is { } past && Math.Min(past.Days, configuration.GetValue("OneWindow:Demo:HotlineHistoryDays", past.Days)) is var pastDays and > 0)
            {
                var orders = await hotline.SeedHistoryAsync(past with { Days = pastDays }, cancellationToken);
                logger.LogInformation("Simulated {Orders} past work orders over {Days} days", orders, pastDays);
            }
        }

        if (file.Workforce is { } staffing)
        {
            await workforce.SeedAsync(staffing, cancellationToken);
        }

        await contracts.SeedAsync(file.Contracts ?? [], cancellationToken);
        await licenses.SeedAsync(file.Licenses ?? [], cancellationToken);

        // OneWindow:Demo:EvaluationHistoryDays (default 60; 0 in tests) days of past 好差评 ratings and rectification tasks.
        if (configuration.GetValue("OneWindow:Demo:EvaluationHistoryDays", 60) is var ratingDays and > 0)
        {
            var ratings = await evaluations.SeedHistoryAsync(ratingDays, cancellationToken: cancellationToken);
            logger.LogInformation("Simulated {Ratings} past evaluations over {Days} days", ratings, ratingDays);
        }

        // OneWindow:Demo:CaseHistory (default true; false in tests) a few running cases, some yellow or red, for the 督办 dashboard.
        if (configuration.GetValue("OneWindow:Demo:CaseHistory", true))
        {
            var running = await caseHistory.SeedHistoryAsync(cancellationToken);
            logger.LogInformation("Simulated {Cases} running cases", running);
        }

        if (file.Assistance is { } helping)
        {
            await assistance.SeedAsync(helping, cancellationToken);
        }

        await identity.SeedAsync(file.Users, cancellationToken);
        var windows = file.Organization.Halls.Sum(h => h.Windows.Count);
        logger.LogInformation("Loaded demo scenario {Scenario}: {Centers} centers, {Halls} halls, {Windows} windows, {Users} users",
            name, file.Organization.Centers.Count, file.Organization.Halls.Count, windows, file.Users.Count);
        return new ScenarioResult(name, file.Title, file.Organization.Centers.Count, file.Organization.Halls.Count, windows, file.Users.Count);
    }
}
