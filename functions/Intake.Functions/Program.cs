using Intake.Functions;
using Intake.Storage;
using Intake.Web;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<FailureLoggingMiddleware>();
builder.Services.AddIntake().AddIntakeWeb();
builder.Build().Run();
