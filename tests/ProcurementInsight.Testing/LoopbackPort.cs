using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ProcurementInsight.Testing;

/// <summary>Loopback ports for the local servers tests and benchmarks start (Azurite, MailDev, serve).</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on right now, chosen by the operating system.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Waits until something accepts connections on <paramref name="port"/>, polling every 100 ms until
    /// <paramref name="cancellationToken"/> (the caller's deadline) is cancelled. Fails at once, naming
    /// <paramref name="name"/>, when <paramref name="process"/> has exited meanwhile.
    /// </summary>
    public static async Task WaitUntilListeningAsync(int port, Process? process, string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode}.");
            }

            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                // Not listening yet: poll again shortly, until the deadline cancels.
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }
}
