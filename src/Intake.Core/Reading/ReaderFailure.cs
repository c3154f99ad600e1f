using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Xml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace Intake.Core.Reading;

/// <summary>
/// Tells a workbook the reader library cannot read from a bug. ExcelDataReader reports content it rejects with its
/// own exceptions, and the parts it stands on with theirs (a broken zip, malformed XML, a stream that ends early, an
/// encoding that cannot decode, a format it does not support); on a damaged file it also fails inside its own code
/// with an index or a null it did not expect. Those are the file's fault. The same exception thrown anywhere else
/// — in Intake's code — is a bug: it is not turned into a bad file, it propagates.
/// </summary>
internal static class ReaderFailure
{
    private static readonly Assembly Library = typeof(ExcelReaderFactory).Assembly;

    /// <summary>True when the exception says the file cannot be read: its content, not a bug, is at fault.</summary>
    public static bool IsContent(Exception exception) => exception switch
    {
        UnreadableFileException => false,
        ExcelReaderException => true,
        InvalidDataException or XmlException or EndOfStreamException or DecoderFallbackException => true,
        _ => ThrownByLibrary(exception),
    };

    // The first frame outside the runtime's own assemblies is where the failure happened: inside ExcelDataReader,
    // the file broke it; inside Intake, Intake is wrong.
    private static bool ThrownByLibrary(Exception exception)
    {
        foreach (var frame in new StackTrace(exception, false).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
            if (assembly is null || IsRuntime(assembly))
            {
                continue;
            }

            return assembly == Library;
        }

        return false;
    }

    private static bool IsRuntime(Assembly assembly) =>
        assembly.GetName().Name is { } name
        && (name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "mscorlib" or "netstandard");
}
