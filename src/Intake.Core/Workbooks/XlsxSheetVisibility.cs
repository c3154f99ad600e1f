namespace Intake.Core.Workbooks;

/// <summary>Whether Excel shows a sheet's tab.</summary>
public enum XlsxSheetVisibility
{
    Visible,
    Hidden,
    VeryHidden,
}
