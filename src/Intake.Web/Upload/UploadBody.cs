using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Intake.Web.Upload;

/// <summary>
/// Reads an uploaded file from the request body, refusing it before reading when its declared length is
/// over the limit, and stopping as soon as more than the limit arrives when it declared none.
/// </summary>
public static class UploadBody
{
    /// <summary>The file's bytes; null when it is larger than <paramref name="limitBytes"/>.</summary>
    public static async Task<MemoryStream?> ReadAsync(HttpRequest request, long limitBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limitBytes)
        {
            return null;
        }

        AllowUpTo(request, limitBytes);

        // Sized once when the length is declared: a 50 MB upload is held once, not in doubling copies.
        var content = new MemoryStream(request.ContentLength is { } declared ? (int)declared : 0);
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (content.Length + read > limitBytes)
                {
                    await content.DisposeAsync().ConfigureAwait(false);
                    return null;
                }

                content.Write(buffer, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await content.DisposeAsync().ConfigureAwait(false);
            return null;
        }

        content.Position = 0;
        return content;
    }

    /// <summary>Reads the body to its end, or past <paramref name="limitBytes"/>, keeping none of it.</summary>
    public static async Task DiscardAsync(HttpRequest request, long limitBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        AllowUpTo(request, limitBytes);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        try
        {
            while (total <= limitBytes && (read = await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Larger than the server takes at all: nothing more to read.
        }
    }

    // The host's own body limit (Kestrel's 30 MB) would cut a file the page takes short.
    private static void AllowUpTo(HttpRequest request, long limitBytes)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limitBytes + 1;
        }
    }
}
