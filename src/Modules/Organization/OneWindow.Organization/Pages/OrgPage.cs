using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;

namespace OneWindow.Organization.Pages;

/// <summary>Base of the organization pages: actions get a fresh <see cref="OrganizationDbContext"/> and the user's centers.</summary>
public abstract class OrgPage : ScopedPage
{
    internal Task<T> RunAsync<T>(Func<OrganizationDbContext, CenterScope, Task<T>> action) =>
        RunScopedAsync<OrganizationDbContext, T>((db, centers, _) => action(db, centers));
}
