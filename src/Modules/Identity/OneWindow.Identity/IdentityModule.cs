using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneWindow.Identity.Auth;
using OneWindow.Identity.Contracts;
using OneWindow.Identity.Data;
using OneWindow.Identity.Domain;
using OneWindow.Identity.Features.SeedUsers;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Identity;

/// <summary>Users, roles, center scopes, sign-in (cookie for pages, bearer for the API) and the audit log.</summary>
public static class IdentityModule
{
    public const string Name = "identity";
    public const string Scheme = "OneWindow";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection("OneWindow:Auth"));
        var auth = configuration.GetSection("OneWindow:Auth").Get<AuthOptions>() ?? new AuthOptions();
        services.AddModuleDbContext<IdentityDbContext>(Name);
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IAuditSink>(sp => sp.GetRequiredService<AuditLog>());
        services.AddSingleton<IAuditVerifier>(sp => sp.GetRequiredService<AuditLog>());
        services.AddSingleton<TokenIssuer>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<IUserAdministration>(sp => sp.GetRequiredService<UserAdministration>());
        services.AddScoped<IIdentitySeeder>(sp => sp.GetRequiredService<UserAdministration>());

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents
                {
                    OnChallenge = async ctx =>
                    {
                        ctx.HandleResponse();
                        await WriteProblemAsync(ctx.HttpContext, StatusCodes.Status401Unauthorized, "auth.unauthenticated", "A valid bearer token is required.");
                    },
                    OnForbidden = ctx => WriteProblemAsync(ctx.HttpContext, StatusCodes.Status403Forbidden, "auth.forbidden", "Your roles do not allow this."),
                };
            })
            .AddIdentityCookies();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenIssuer>((o, issuer) => o.TokenValidationParameters = issuer.ValidationParameters);

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".OneWindow.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(auth.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => IsApi(ctx.Request)
                ? WriteProblemAsync(ctx.HttpContext, StatusCodes.Status401Unauthorized, "auth.unauthenticated", "Sign in or send a bearer token.")
                : Redirect(ctx.Response, ctx.RedirectUri);
            o.Events.OnRedirectToAccessDenied = ctx => IsApi(ctx.Request)
                ? WriteProblemAsync(ctx.HttpContext, StatusCodes.Status403Forbidden, "auth.forbidden", "Your roles do not allow this.")
                : Redirect(ctx.Response, ctx.RedirectUri);
        });

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = PasswordPolicy.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = auth.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(auth.LockoutMinutes);
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ClaimsFactory>()
            .AddPasswordValidator<PasswordPolicy>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.OrganizationAdmin, p => p.RequireRole(Roles.SystemAdmin, Roles.ProjectManager))
            .AddPolicy(Policies.UserAdmin, p => p.RequireRole(Roles.SystemAdmin))
            .AddPolicy(Policies.CatalogAdmin, p => p.RequireRole(Roles.SystemAdmin, Roles.ProjectManager, Roles.BusinessManager))
            .AddPolicy(Policies.LicenseAdmin, p => p.RequireRole(Roles.SystemAdmin))
            .AddPolicy(Policies.HotlineAgent, p => p.RequireRole(Roles.SystemAdmin, Roles.BureauSupervisor, Roles.ProjectManager, Roles.BusinessManager, Roles.HotlineAgent))
            .AddPolicy(Policies.HotlineUnit, p => p.RequireRole(Roles.SystemAdmin, Roles.BureauSupervisor, Roles.ProjectManager, Roles.BusinessManager, Roles.HotlineAgent, Roles.HandlingUnitOfficer))
            .AddPolicy(Policies.HotlineSupervisor, p => p.RequireRole(Roles.SystemAdmin, Roles.BureauSupervisor, Roles.ProjectManager, Roles.BusinessManager))
            .AddPolicy(Policies.WorkforceAdmin, p => p.RequireRole(Roles.SystemAdmin, Roles.ProjectManager, Roles.BusinessManager))
            .AddPolicy(Policies.WorkforceSupervisor, p => p.RequireRole(Roles.SystemAdmin, Roles.BureauSupervisor, Roles.ProjectManager, Roles.BusinessManager))
            .AddPolicy(Policies.ContractBureau, p => p.RequireRole(Roles.SystemAdmin, Roles.BureauSupervisor))
            .AddPolicy(Policies.ContractRecorder, p => p.RequireRole(Roles.SystemAdmin, Roles.BureauSupervisor, Roles.ProjectManager, Roles.BusinessManager))
            .AddPolicy(Policies.EvaluationManager, p => p.RequireRole(Roles.SystemAdmin, Roles.BureauSupervisor, Roles.ProjectManager, Roles.BusinessManager, Roles.DepartmentReviewer, Roles.HandlingUnitOfficer))
            .AddPolicy(Policies.EvaluationBureau, p => p.RequireRole(Roles.SystemAdmin, Roles.BureauSupervisor))
            .AddPolicy(Policies.CaseClerk, p => p.RequireRole(Roles.SystemAdmin, Roles.ProjectManager, Roles.BusinessManager, Roles.WindowClerk))
            .AddPolicy(Policies.CaseReviewer, p => p.RequireRole(Roles.SystemAdmin, Roles.BureauSupervisor, Roles.ProjectManager, Roles.BusinessManager, Roles.DepartmentReviewer))
            .AddPolicy(Policies.CaseSupervisor, p => p.RequireRole(Roles.SystemAdmin, Roles.BureauSupervisor, Roles.ProjectManager, Roles.BusinessManager))
            .AddPolicy(Policies.AssistanceStaff, p => p.RequireRole(Roles.SystemAdmin, Roles.BureauSupervisor, Roles.ProjectManager, Roles.BusinessManager, Roles.WindowClerk, Roles.Guide))
            .AddPolicy(Policies.AuditReader, p => p.RequireRole(Roles.SystemAdmin, Roles.Auditor, Roles.BureauSupervisor));
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder endpoints)
    {
        Features.IssueToken.IssueToken.Map(endpoints);
        Features.SignOut.SignOut.Map(endpoints);
        Features.ListUsers.ListUsers.Map(endpoints);
        Features.CreateUser.CreateUser.Map(endpoints);
        Features.SetDepartment.SetDepartment.Map(endpoints);
        Features.RevealPersonalData.RevealPersonalData.Map(endpoints);
        Features.ListAuditLog.ListAuditLog.Map(endpoints);
        Features.VerifyAuditLog.VerifyAuditLog.Map(endpoints);
        return endpoints;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task Redirect(HttpResponse response, string uri)
    {
        response.Redirect(uri);
        return Task.CompletedTask;
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, string code, string title)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(context.Response.Body, new Dictionary<string, object>
        {
            ["type"] = $"https://tools.ietf.org/html/rfc9110#section-15.5.{(status == 401 ? 2 : 4)}",
            ["title"] = title,
            ["status"] = status,
            ["code"] = code,
        });
    }
}
