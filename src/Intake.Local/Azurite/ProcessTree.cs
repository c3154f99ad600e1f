using System.Diagnostics;

namespace Intake.Local.Azurite;

internal static class ProcessTree
{
    // The whole tree, because on Windows the .cmd shim's node child would outlive cmd.exe and keep the ports.
    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill: nothing left to stop.
        }
    }
}
