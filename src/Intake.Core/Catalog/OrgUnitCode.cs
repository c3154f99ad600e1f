using System.Text.Json.Serialization;

namespace Intake.Core.Catalog;

/// <summary>
/// The code of an org unit (<c>xiawo</c>, <c>rsj</c>, <c>shangjie</c> for the district), as facts, rollups,
/// completeness and reconciliation carry it between the components. It reads as its string wherever a string is
/// wanted (table rows, JSON, keys); a string becomes one only through <see cref="Parse"/> or the constructor, which
/// refuse an empty code and the table key separator.
/// </summary>
[JsonConverter(typeof(CodeJsonConverter<OrgUnitCode>))]
public readonly record struct OrgUnitCode : ICode<OrgUnitCode>, IComparable<OrgUnitCode>
{
    private readonly string? _value;

    public OrgUnitCode(string value) => _value = Codes.Check(value, "org unit");

    public string Value => _value ?? throw new InvalidOperationException("an org unit code was used before it was given a value");

    public static OrgUnitCode Parse(string? text) => new(Codes.Read(text, "org unit"));

    public static implicit operator string(OrgUnitCode code) => code.Value;

    /// <summary>Ordinal, as the codes' strings compare.</summary>
    public int CompareTo(OrgUnitCode other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator <(OrgUnitCode left, OrgUnitCode right) => left.CompareTo(right) < 0;

    public static bool operator >(OrgUnitCode left, OrgUnitCode right) => left.CompareTo(right) > 0;

    public static bool operator <=(OrgUnitCode left, OrgUnitCode right) => left.CompareTo(right) <= 0;

    public static bool operator >=(OrgUnitCode left, OrgUnitCode right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value;
}
