using Intake.Functions;
using Intake.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.UseMiddleware<FailureLoggingMiddleware>();
builder.Services.AddIntake();
builder.Build().Run();
