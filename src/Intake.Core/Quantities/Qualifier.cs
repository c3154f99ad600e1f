namespace Intake.Core.Quantities;

/// <summary>How a reported number bounds the true quantity (余/多 → at least, 以内 → at most, 约 → approx).</summary>
public enum Qualifier
{
    /// <summary>The number is the quantity.</summary>
    Exact,

    /// <summary>The quantity is the number or more (2000余, 超过3万).</summary>
    AtLeast,

    /// <summary>The quantity is the number or less (2%以内, 不到50).</summary>
    AtMost,

    /// <summary>The quantity is about the number (约300, 3000米左右).</summary>
    Approx,
}
