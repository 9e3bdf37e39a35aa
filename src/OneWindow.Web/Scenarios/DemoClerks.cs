using OneWindow.Organization.Contracts;
using OneWindow.Workforce.Contracts;

namespace OneWindow.Web.Scenarios;

/// <summary>
/// Who serves the windows of a scenario's simulated halls: the A holders of the window posts (综合窗口 first, then
/// the other 窗口 posts, each by code) of the hall's own center, window by window in code order. A person with an
/// account is named by the user name, anyone else by the display name, so the workforce scorecard counts the
/// simulated tickets for real staff.
/// </summary>
internal static class DemoClerks
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>>? For(OrganizationScenario organization, WorkforceScenario? workforce)
    {
        if (workforce is null)
        {
            return null;
        }

        var staff = workforce.Staff.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var clerks = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var hall in organization.Halls)
        {
            var names = workforce.Posts
                .Where(p => p.Center == hall.CenterCode && p.Type.Contains("窗口", StringComparison.Ordinal))
                .OrderBy(p => p.Type == "综合窗口" ? 0 : 1).ThenBy(p => p.Code, StringComparer.Ordinal)
                .Select(p => p.A?.FirstOrDefault(staff.ContainsKey))
                .OfType<string>()
                .Select(code => staff[code].UserName ?? staff[code].Name)
                .ToList();
            if (names.Count > 0)
            {
                clerks[hall.Code] = names;
            }
        }

        return clerks;
    }
}
