using System.Globalization;
using Intake.Core.Periods;

namespace Intake.Core.Tests.Periods;

public sealed class ExcelDateTests
{
    [Theory]
    [InlineData(1, "1900-01-01")]
    [InlineData(31, "1900-01-31")]
    [InlineData(59, "1900-02-28")]
    [InlineData(61, "1900-03-01")]
    [InlineData(367, "1901-01-01")]
    [InlineData(44648, "2022-03-28")]
    [InlineData(44652.75, "2022-04-01")]
    [InlineData(44652.999999, "2022-04-01")]
    [InlineData(2958465, "9999-12-31")]
    [InlineData(2958465.5, "9999-12-31")]
    public void ASerialCountsDaysFromTheStartOf1900(double serial, string date)
    {
        Assert.True(ExcelDate.TryFromSerial(serial, out var day));
        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), day);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(-1)]
    [InlineData(60)]
    [InlineData(60.5)]
    [InlineData(2958466)]
    [InlineData(1e300)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void ASerialOfNoRealDayIsNoDate(double serial)
    {
        Assert.False(ExcelDate.TryFromSerial(serial, out var day));
        Assert.Equal(default, day);
    }

    [Theory]
    [InlineData("yyyy-mm-dd")]
    [InlineData("YYYY-MM-DD")]
    [InlineData("m/d/yyyy")]
    [InlineData("mm-dd-yy")]
    [InlineData("d-mmm-yy")]
    [InlineData("d-mmm")]
    [InlineData("mmm-yy")]
    [InlineData("mmmm")]
    [InlineData("mm")]
    [InlineData("m/d/yyyy h:mm")]
    [InlineData("yyyy-mm-dd hh:mm:ss")]
    [InlineData("dd/mm/yyyy;@")]
    [InlineData("[$-F800]dddd, mmmm dd, yyyy")]
    [InlineData("yyyy\"年\"m\"月\"d\"日\"")]
    [InlineData("yyyy\"年\"m\"月\"")]
    [InlineData("m\"月\"d\"日\"")]
    [InlineData("[$-804]yyyy年m月d日")]
    [InlineData("[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"")]
    [InlineData("[$-804]m月d日")]
    [InlineData("年m月")]
    [InlineData("[$-404]e/m/d")]
    [InlineData("[$-404]e\"年\"m\"月\"d\"日\"")]
    [InlineData("[$-411]ggge\"年\"m\"月\"d\"日\"")]
    [InlineData("[Red]yyyy-mm-dd")]
    public void AFormatWithDateTokensShowsADate(string format) =>
        Assert.True(ExcelDate.IsDateFormat(format));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("General")]
    [InlineData("GENERAL")]
    [InlineData("@")]
    [InlineData("0")]
    [InlineData("0.00")]
    [InlineData("#,##0")]
    [InlineData("#,##0.00_);(#,##0.00)")]
    [InlineData("#,##0.00_);[Red](#,##0.00)")]
    [InlineData("0%")]
    [InlineData("0.00E+00")]
    [InlineData("##0.0e-0")]
    [InlineData("h:mm")]
    [InlineData("h:mm:ss")]
    [InlineData("h:mm AM/PM")]
    [InlineData("h:mm A/P")]
    [InlineData("mm:ss")]
    [InlineData("mm:ss.0")]
    [InlineData("[h]:mm")]
    [InlineData("[h]:mm:ss")]
    [InlineData("[mm]:ss")]
    [InlineData("h\"时\"mm\"分\"")]
    [InlineData("上午/下午h\"時\"mm\"分\"ss\"秒\"")]
    [InlineData("0.00\"元\"")]
    [InlineData("0\"年\"")]
    [InlineData("0\"天\"")]
    [InlineData("\\d0")]
    [InlineData("[$€-2] #,##0.00")]
    [InlineData("_-* #,##0_-;-* #,##0_-;_-* \"-\"_-;_-@_-")]
    [InlineData("\"yyyy")]
    public void AFormatWithoutDateTokensShowsNoDate(string? format) =>
        Assert.False(ExcelDate.IsDateFormat(format));
}
