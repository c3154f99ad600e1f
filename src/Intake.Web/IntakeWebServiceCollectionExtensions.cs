using Intake.Storage.Tables;
using Intake.Web.Access;
using Intake.Web.Assets;
using Intake.Web.Routing;
using Intake.Web.Text;
using Intake.Web.Upload;
using Intake.Web.Week;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Web;

/// <summary>Registers the web page's services; call after <c>AddIntake()</c>, which provides storage, catalog and parser.</summary>
public static class IntakeWebServiceCollectionExtensions
{
    public static IServiceCollection AddIntakeWeb(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IntakeWebOptions>().BindConfiguration(IntakeWebOptions.SectionName);
        services.TryAddSingleton<WebUserDirectory>();
        services.TryAddSingleton<VisitorResolver>();
        services.TryAddSingleton<WebNames>();
        services.TryAddSingleton<PreviewViews>();
        services.TryAddSingleton<PreviewGate>();
        services.TryAddSingleton<UploadEndpoints>();
        services.TryAddSingleton<WeekReader>();
        services.TryAddSingleton<WeekEndpoints>();
        services.TryAddSingleton<PeriodEndpoints>();
        services.TryAddSingleton<PageAssets>();
        services.TryAddSingleton<WebRoutes>();
        services.TryAddSingleton<WebRouter>();
        return services;
    }
}
