using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Organization.Data;

/// <summary>A user sees the subtrees below the centers named in the user's scope claims; "*" means every center.</summary>
internal sealed class DataScope(OrganizationDbContext db) : IDataScope
{
    public const string Everything = "*";

    public async Task<CenterScope> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roots = user.FindAll(OneWindowClaims.CenterScope).Select(c => c.Value).ToList();
        if (roots.Contains(Everything))
        {
            return CenterScope.Everything;
        }

        if (roots.Count == 0)
        {
            return new CenterScope([]);
        }

        var paths = await db.Centers.AsNoTracking().Where(c => roots.Contains(c.Code)).Select(c => c.Path).ToListAsync(cancellationToken);
        var codes = new List<string>();
        foreach (var path in paths)
        {
            codes.AddRange(await db.Centers.AsNoTracking().Where(c => c.Path.StartsWith(path)).Select(c => c.Code).ToListAsync(cancellationToken));
        }

        return new CenterScope(codes);
    }
}
