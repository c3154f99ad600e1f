using System.Net;
using System.Net.Sockets;

namespace Intake.Local.Azurite;

internal static class LoopbackPorts
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromMilliseconds(500);

    public static AzuritePorts PickFree()
    {
        // All three listeners are open at once so the OS cannot hand out the same port twice.
        var listeners = new List<TcpListener>(3);
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
            return new AzuritePorts(ports[0], ports[1], ports[2]);
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    // Binding rather than connecting, so that a listener that is starting up or ignores connections still counts as taken.
    public static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    public static async Task<bool> AllAcceptAsync(AzuritePorts ports, CancellationToken cancellationToken = default)
    {
        foreach (var port in ports.All)
        {
            if (!await AcceptsAsync(port, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(ProbeTimeout);
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, attempt.Token).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
