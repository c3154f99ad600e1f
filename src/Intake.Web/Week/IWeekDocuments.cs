namespace Intake.Web.Week;

/// <summary>
/// The documents of a week the district office downloads: the export workbook and the bulletin draft.
/// Registered by whoever builds them; without a registration the download routes answer 501.
/// </summary>
public interface IWeekDocuments
{
    /// <summary>Writes the export workbook (.xlsx) of <paramref name="week"/> (e.g. <c>2022-W13</c>).</summary>
    Task WriteExportAsync(string week, Stream output, CancellationToken cancellationToken = default);

    /// <summary>Writes the bulletin draft (.docx) of <paramref name="week"/>.</summary>
    Task WriteBulletinAsync(string week, Stream output, CancellationToken cancellationToken = default);
}
