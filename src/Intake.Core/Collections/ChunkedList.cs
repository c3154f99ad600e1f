namespace Intake.Core.Collections;

/// <summary>
/// An append-only list of structs kept in fixed chunks: it grows without copying what it holds (a
/// <see cref="List{T}"/> doubles and copies, holding both arrays at once) and gives the collector a
/// few large arrays to keep instead of one object per item.
/// </summary>
public sealed class ChunkedList<T>
    where T : struct
{
    private const int Shift = 11;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public void Add(in T item)
    {
        if ((Count & Mask) == 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }

        _chunks[Count >> Shift][Count & Mask] = item;
        Count++;
    }

    /// <summary>The item at <paramref name="index"/>, by reference: read without a copy, or replaced in place.</summary>
    public ref T At(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return ref _chunks[index >> Shift][index & Mask];
    }
}
