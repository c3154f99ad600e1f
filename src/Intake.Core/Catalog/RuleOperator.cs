namespace Intake.Core.Catalog;

/// <summary>The comparison a cross-indicator rule makes.</summary>
public enum RuleOperator
{
    LessOrEqual,
    Less,
    GreaterOrEqual,
    Greater,
    Equal,
}
