using Intake.Cli;

return await IntakeCommandLine.RunAsync(args);
