using Intake.Web.Assets;
using Intake.Web.Upload;
using Intake.Web.Week;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Routing;

/// <summary>Every route of the page, once, for both hosts.</summary>
public sealed class WebRoutes
{
    public IReadOnlyList<WebRoute> All { get; } =
    [
        new(HttpMethods.Get, "/", WebNeed.SignedIn, (c, v) => Service<PageAssets>(c).UploadPageAsync(c, v)),
        new(HttpMethods.Get, "/week", WebNeed.SignedIn, (c, v) => Service<PageAssets>(c).WeekPageAsync(c, v)),
        new(HttpMethods.Get, "/assets/{file}", WebNeed.SignedIn, (c, v) => Service<PageAssets>(c).AssetAsync(c, v)),
        new(HttpMethods.Get, "/api/me", WebNeed.SignedIn, (c, v) => Service<UploadEndpoints>(c).MeAsync(c, v)),
        new(HttpMethods.Post, "/api/preview", WebNeed.Reporter, (c, v) => Service<UploadEndpoints>(c).PreviewAsync(c, v)),
        new(HttpMethods.Post, "/api/submissions", WebNeed.Reporter, (c, v) => Service<UploadEndpoints>(c).SendAsync(c, v)),
        new(HttpMethods.Get, "/api/submissions/{id}", WebNeed.Reporter, (c, v) => Service<UploadEndpoints>(c).OutcomeAsync(c, v)),
        new(HttpMethods.Get, "/api/submissions/{id}/feedback", WebNeed.Reporter, (c, v) => Service<UploadEndpoints>(c).FeedbackAsync(c, v)),
        new(HttpMethods.Get, "/api/weeks/{week}", WebNeed.District, (c, v) => Service<WeekEndpoints>(c).WeekAsync(c, v)),
        new(HttpMethods.Post, "/api/weeks/{week}/rollup", WebNeed.District, (c, v) => Service<WeekEndpoints>(c).RebuildAsync(c, v)),
        new(HttpMethods.Get, "/api/weeks/{week}/export", WebNeed.District, (c, v) => Service<WeekEndpoints>(c).ExportAsync(c, v)),
        new(HttpMethods.Get, "/api/weeks/{week}/bulletin", WebNeed.District, (c, v) => Service<WeekEndpoints>(c).BulletinAsync(c, v)),
        new(HttpMethods.Get, "/api/periods/{period}/export", WebNeed.District, (c, v) => Service<PeriodEndpoints>(c).ExportAsync(c, v)),
        new(HttpMethods.Get, "/api/periods/{period}/bulletin", WebNeed.District, (c, v) => Service<PeriodEndpoints>(c).BulletinAsync(c, v)),
    ];

    private static T Service<T>(HttpContext context)
        where T : notnull => context.RequestServices.GetRequiredService<T>();
}
