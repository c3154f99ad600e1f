namespace Intake.Core.Quantities;

/// <summary>
/// Reads a Chinese numeral one character at a time. A number is a 亿 group, a 万 group and a
/// section below 万; a section is digit–unit pairs in falling places (千, 百, 十) where 零 marks
/// skipped places.
/// </summary>
internal struct ChineseNumeralReader()
{
    private long _beforeYi;
    private long _beforeWan;
    private long _section;
    private int _lastSmallUnit;
    private int _pendingDigit = -1;
    private bool _zeroGap;
    private int _lastBigUnit;
    private bool _wanInGroup;

    private readonly bool NothingRead =>
        _beforeYi == 0 && _beforeWan == 0 && _section == 0 && _pendingDigit < 0;

    /// <summary>The place last written in this section; a fresh section sits just below 万.</summary>
    private readonly int PreviousPlace => _lastSmallUnit != 0 ? _lastSmallUnit : ChineseNumeral.Wan;

    /// <summary>Takes the next character; false when it cannot continue a numeral.</summary>
    public bool Accept(char c)
    {
        var digit = ChineseNumeral.DigitValue(c);
        if (digit == 0)
        {
            // 零 only separates places: never first, never doubled, never after a bare digit.
            if (NothingRead || _zeroGap || _pendingDigit >= 0)
            {
                return false;
            }

            _zeroGap = true;
            return true;
        }

        if (digit > 0)
        {
            if (_pendingDigit >= 0)
            {
                return false;
            }

            _pendingDigit = digit;
            return true;
        }

        var smallUnit = ChineseNumeral.SmallUnitValue(c);
        if (smallUnit > 0)
        {
            return AcceptSmallUnit(smallUnit);
        }

        var bigUnit = ChineseNumeral.BigUnitValue(c);
        return bigUnit > 0 && AcceptBigUnit(bigUnit);
    }

    /// <summary>The value read, once the text has ended; false when the numeral is incomplete.</summary>
    public readonly bool TryFinish(out long value)
    {
        value = 0;
        if (!PendingDigitFollowsZeroGap())
        {
            return false;
        }

        value = _beforeYi + _beforeWan + _section + PendingValue(atEnd: true);
        return value > 0;
    }

    private bool AcceptSmallUnit(int unit)
    {
        if (_pendingDigit < 0)
        {
            // 十 may stand for 一十 where a number or a place starts: 十二, 一千零十.
            if (unit != 10 || !(NothingRead || _zeroGap))
            {
                return false;
            }

            _pendingDigit = 1;
        }

        if (unit >= PreviousPlace || (_zeroGap && unit * 10 >= PreviousPlace))
        {
            return false;
        }

        _section += (long)_pendingDigit * unit;
        _lastSmallUnit = unit;
        _pendingDigit = -1;
        _zeroGap = false;
        return true;
    }

    private bool AcceptBigUnit(int unit)
    {
        if (!PendingDigitFollowsZeroGap())
        {
            return false;
        }

        var section = _section + PendingValue(atEnd: false);
        if (unit == ChineseNumeral.Wan)
        {
            if (section == 0 || _wanInGroup)
            {
                return false;
            }

            _beforeWan = section * ChineseNumeral.Wan;
            _wanInGroup = true;
        }
        else
        {
            var group = _beforeWan + section;
            if (group == 0 || _beforeYi != 0)
            {
                return false;
            }

            _beforeYi = group * ChineseNumeral.Yi;
            _beforeWan = 0;
            _wanInGroup = false;
        }

        _section = 0;
        _lastSmallUnit = 0;
        _pendingDigit = -1;
        _zeroGap = false;
        _lastBigUnit = unit;
        return true;
    }

    /// <summary>
    /// A 零 must be followed by a digit (一百零 is unfinished) sitting at least two places below
    /// the last one (一十零五 skips nothing).
    /// </summary>
    private readonly bool PendingDigitFollowsZeroGap() =>
        !_zeroGap || (_pendingDigit >= 0 && PreviousPlace >= 100);

    /// <summary>
    /// What a digit not followed by its own unit is worth: its face value after 零 or 十, one
    /// place below the previous unit otherwise (两千五 = 2500), and at the very end one place
    /// below a just-closed 万/亿 (一万五 = 15000).
    /// </summary>
    private readonly long PendingValue(bool atEnd)
    {
        if (_pendingDigit < 0)
        {
            return 0;
        }

        if (_zeroGap)
        {
            return _pendingDigit;
        }

        if (_lastSmallUnit != 0)
        {
            return (long)_pendingDigit * (_lastSmallUnit / 10);
        }

        return atEnd && _lastBigUnit != 0 ? (long)_pendingDigit * (_lastBigUnit / 10) : _pendingDigit;
    }
}
