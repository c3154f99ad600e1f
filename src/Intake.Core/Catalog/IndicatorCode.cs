using System.Text.Json.Serialization;

namespace Intake.Core.Catalog;

/// <summary>
/// The code of an indicator (<c>new_urban_jobs</c>), as facts, rollups and reconciliation carry it between the
/// components; like <see cref="OrgUnitCode"/> it reads as its string and is made from one only on purpose, and the two
/// are never confused for each other.
/// </summary>
[JsonConverter(typeof(CodeJsonConverter<IndicatorCode>))]
public readonly record struct IndicatorCode : ICode<IndicatorCode>, IComparable<IndicatorCode>
{
    private readonly string? _value;

    public IndicatorCode(string value) => _value = Codes.Check(value, "indicator");

    public string Value => _value ?? throw new InvalidOperationException("an indicator code was used before it was given a value");

    public static IndicatorCode Parse(string? text) => new(Codes.Read(text, "indicator"));

    public static implicit operator string(IndicatorCode code) => code.Value;

    /// <summary>Ordinal, as the codes' strings compare.</summary>
    public int CompareTo(IndicatorCode other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator <(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) < 0;

    public static bool operator >(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) > 0;

    public static bool operator <=(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) <= 0;

    public static bool operator >=(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value;
}
