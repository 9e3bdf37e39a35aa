using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using OneWindow.SharedKernel.Realtime;
using OneWindow.Web;
using OneWindow.Web.Components;
using OneWindow.Web.Hosting;
using OneWindow.Web.Realtime;
using OneWindow.Web.Scenarios;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Quartz;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

builder.WebHost.UseStaticWebAssets();
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = ErrorHandling.MaxBodyBytes);
builder.Logging.ClearProviders();
builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .Enrich.FromLogContext()
        .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
    preserveStaticLogger: true,
    writeToProviders: true);

builder.Services.AddPlatformCore(builder.Configuration);
builder.Services.AddModules(builder.Configuration);
builder.Services.AddScoped<ScenarioLoader>();
builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

builder.Services.AddHttpContextAccessor();
builder.Services.AddLocalization();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ErrorHandling>();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AllowTrailingCommas = false);
builder.Services.AddOneWindowRateLimits(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
builder.Services.AddOpenTelemetry()
    .WithTracing(t => t.AddSource("OneWindow").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
    .WithMetrics(m => m.AddMeter("OneWindow").AddAspNetCoreInstrumentation().AddRuntimeInstrumentation());
if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
{
    builder.Services.AddOpenTelemetry().UseOtlpExporter();
}

var signalR = builder.Services.AddSignalR();
if (!string.IsNullOrWhiteSpace(builder.Configuration["OneWindow:Redis"]))
{
    signalR.AddStackExchangeRedis(builder.Configuration["OneWindow:Redis"]!, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("onewindow"));
}

builder.Services.AddSingleton<IRealtimeNotifier, SignalRNotifier>();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<CircuitHandler, CircuitActor>();
builder.Services.AddMudServices();

var app = builder.Build();

var startup = app.Services.GetRequiredService<DatabaseStartup>();
var settings = app.Services.GetRequiredService<OneWindow.SharedKernel.Data.DatabaseSettings>();
if (app.Configuration.GetValue("OneWindow:Database:MigrateOnStart", settings.Provider == OneWindow.SharedKernel.Data.DatabaseProvider.Sqlite))
{
    await startup.MigrateAsync();
    var scenario = await startup.LoadScenarioIfEmptyAsync(app.Configuration["OneWindow:Demo:Scenario"] ?? "shijingshan");
    if (scenario is not null)
    {
        app.Logger.LogWarning("Demo scenario {Scenario} loaded. DEMO CREDENTIALS ARE ACTIVE: user 'admin', password 'Demo@2026!'. Never use a demo database in production.", scenario.Name);
    }
}

app.UseExceptionHandler();
app.UseStatusCodePages();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseSerilogRequestLogging();
app.UseRequestLocalization(o =>
{
    o.SetDefaultCulture("zh-CN").AddSupportedCultures("zh-CN", "en").AddSupportedUICultures("zh-CN", "en");
    o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
});
app.UseAuthentication();
app.UseRequestActor();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext context) =>
    {
        var chosen = culture == "en" ? "en" : "zh-CN";
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        var local = returnUrl is ['/', not '/' and not '\\', ..] || returnUrl == "/";
        return TypedResults.LocalRedirect(local ? "~" + returnUrl : "~/");
    })
    .ExcludeFromDescription();
app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/scalar");
app.MapHub<HallHub>(HallHub.Path);
app.MapModules();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null)
    .AddAdditionalAssemblies(Modules.PageAssemblies);

await app.RunAsync();

/// <summary>The web host; public so integration tests can start it.</summary>
public partial class Program;
