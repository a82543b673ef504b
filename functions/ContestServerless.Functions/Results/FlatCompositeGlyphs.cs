using System.Buffers.Binary;

namespace ContestServerless.Functions.Results;

/// <summary>
/// Rewrites a TrueType font so that no composite glyph names another composite glyph: each nested component is
/// replaced by the simple glyphs it is made of, their offsets added up, so the outlines and the order of their points
/// stay exactly as the font drew them.
/// </summary>
/// <remarks>
/// Why: PDFsharp 6.2.4 (the last MIT release) completes a subset's composite glyphs in a single pass
/// (empira/PDFsharp#348), so the parts of a nested component are left out of the embedded subset and every viewer
/// draws them as nothing. DejaVu builds most Vietnamese letters with two marks that way (ấ = a + [circumflex with
/// acute], ộ = [ô] + dot below, up to four levels deep), which printed "VIỆT NAM" as "VI ̣T NAM". With composites one
/// level deep, that one pass is enough; embedding the whole font instead would make every certificate about 700 kB
/// rather than some 40 kB. Components are moved by offsets only: a nested component with a scale, a rotation or
/// points matched by number is refused when the font loads, not drawn wrong.
/// </remarks>
public static class FlatCompositeGlyphs
{
    // Component flags of the 'glyf' table (OpenType specification).
    private const ushort ArgsAreWords = 0x0001;
    private const ushort ArgsAreXyValues = 0x0002;
    private const ushort WeHaveAScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort WeHaveAnXAndYScale = 0x0040;
    private const ushort WeHaveATwoByTwo = 0x0080;
    private const ushort WeHaveInstructions = 0x0100;
    private const ushort UseMyMetrics = 0x0200;
    private const ushort Transformed = WeHaveAScale | WeHaveAnXAndYScale | WeHaveATwoByTwo;
    private const int MaxDepth = 16;

    private sealed record Component(ushort Flags, ushort Glyph, int Arg1, int Arg2, byte[] Transform)
    {
        public bool Moves => (Flags & ArgsAreXyValues) != 0 && (Flags & Transformed) == 0;
    }

    /// <summary>The font with every composite glyph made of simple glyphs only; the same bytes when none is nested.</summary>
    public static byte[] Flatten(byte[] font)
    {
        var tables = Tables(font);
        var head = font.AsSpan(tables["head"].Offset, tables["head"].Length).ToArray();
        var maxp = font.AsSpan(tables["maxp"].Offset, tables["maxp"].Length).ToArray();
        if (maxp.Length < 32) return font; // not TrueType outlines: nothing composite to flatten
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var count = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));

        var (locaOffset, _) = tables["loca"];
        var (glyfOffset, glyfLength) = tables["glyf"];
        var glyphs = new byte[count][];
        for (var g = 0; g < count; g++)
        {
            int Offset(int i) => longOffsets
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(locaOffset + 4 * i))
                : 2 * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(locaOffset + 2 * i));
            var (start, end) = (Offset(g), Offset(g + 1));
            if (start > end || end > glyfLength) throw new InvalidDataException($"Glyph {g} lies outside the glyf table.");
            glyphs[g] = font.AsSpan(glyfOffset + start, end - start).ToArray();
        }

        var changed = false;
        var mostComponents = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(28));
        var flat = new byte[count][];
        for (var g = 0; g < count; g++)
        {
            flat[g] = glyphs[g];
            if (!IsComposite(glyphs[g])) continue;
            var components = Components(glyphs[g], out var instructions);
            if (!components.Any(c => IsComposite(glyphs[c.Glyph]))) continue;
            var leaves = components.SelectMany(c => Leaves(glyphs, c, 0)).ToList();
            flat[g] = Composite(glyphs[g].AsSpan(0, 10), leaves, instructions);
            mostComponents = Math.Max(mostComponents, (ushort)leaves.Count);
            changed = true;
        }
        if (!changed) return font;

        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // offsets in loca are written as 32 bits
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(28), mostComponents);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(30), 1); // maxComponentDepth

        using var glyf = new MemoryStream();
        var loca = new byte[4 * (count + 1)];
        for (var g = 0; g < count; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)glyf.Length);
            glyf.Write(flat[g]);
            glyf.Write(new byte[Padding(flat[g].Length)]);
        }
        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * count), (uint)glyf.Length);

        var replaced = new Dictionary<string, byte[]> { ["glyf"] = glyf.ToArray(), ["loca"] = loca, ["head"] = head, ["maxp"] = maxp };
        return Assemble(font, tables, replaced);
    }

    /// <summary>The simple glyphs <paramref name="component"/> stands for, placed where the font places them.</summary>
    private static IEnumerable<Component> Leaves(byte[][] glyphs, Component component, int depth)
    {
        if (component.Glyph >= glyphs.Length) throw new InvalidDataException($"A component names glyph {component.Glyph}, which the font does not have.");
        if (!IsComposite(glyphs[component.Glyph]))
        {
            yield return component;
            yield break;
        }
        if (depth >= MaxDepth) throw new InvalidDataException($"Glyph {component.Glyph} nests components deeper than {MaxDepth} levels.");
        if (!component.Moves)
            throw new NotSupportedException($"Glyph {component.Glyph} is placed by a transform or by matched points, which flattening does not carry over.");
        foreach (var part in Components(glyphs[component.Glyph], out _))
        {
            foreach (var leaf in Leaves(glyphs, part, depth + 1))
            {
                if (!leaf.Moves)
                    throw new NotSupportedException($"Glyph {leaf.Glyph} inside glyph {component.Glyph} is placed by a transform or by matched points, which flattening does not carry over.");
                // The outer glyph takes its metrics from this leaf only when every level up to it passed them on.
                var flags = (ushort)(leaf.Flags & ~UseMyMetrics | leaf.Flags & component.Flags & UseMyMetrics);
                yield return leaf with { Flags = flags, Arg1 = leaf.Arg1 + component.Arg1, Arg2 = leaf.Arg2 + component.Arg2 };
            }
        }
    }

    private static bool IsComposite(byte[] glyph) => glyph.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(glyph) < 0;

    private static List<Component> Components(byte[] glyph, out byte[] instructions)
    {
        var components = new List<Component>();
        var position = 10; // past numberOfContours and the bounding box
        ushort flags;
        var hasInstructions = false;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position));
            var index = BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position + 2));
            position += 4;
            var signed = (flags & ArgsAreXyValues) != 0; // else the arguments are point numbers
            int arg1, arg2;
            if ((flags & ArgsAreWords) != 0)
            {
                arg1 = signed ? BinaryPrimitives.ReadInt16BigEndian(glyph.AsSpan(position)) : BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position));
                arg2 = signed ? BinaryPrimitives.ReadInt16BigEndian(glyph.AsSpan(position + 2)) : BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position + 2));
                position += 4;
            }
            else
            {
                arg1 = signed ? (sbyte)glyph[position] : glyph[position];
                arg2 = signed ? (sbyte)glyph[position + 1] : glyph[position + 1];
                position += 2;
            }
            var transformLength = (flags & WeHaveAScale) != 0 ? 2 : (flags & WeHaveAnXAndYScale) != 0 ? 4 : (flags & WeHaveATwoByTwo) != 0 ? 8 : 0;
            components.Add(new Component(flags, index, arg1, arg2, glyph.AsSpan(position, transformLength).ToArray()));
            position += transformLength;
            hasInstructions |= (flags & WeHaveInstructions) != 0;
        } while ((flags & MoreComponents) != 0);

        instructions = hasInstructions
            ? glyph.AsSpan(position, 2 + BinaryPrimitives.ReadUInt16BigEndian(glyph.AsSpan(position))).ToArray()
            : [];
        return components;
    }

    /// <summary>
    /// A composite glyph of <paramref name="components"/> under the original header (contour count and bounding box),
    /// keeping the glyph's own instructions: flattening leaves its points in the same order, so they still apply.
    /// </summary>
    private static byte[] Composite(ReadOnlySpan<byte> header, List<Component> components, byte[] instructions)
    {
        using var output = new MemoryStream();
        output.Write(header);
        var field = new byte[2];
        void Write(int value)
        {
            if (value is < short.MinValue or > ushort.MaxValue) throw new InvalidDataException($"A component offset of {value} does not fit a glyph.");
            BinaryPrimitives.WriteUInt16BigEndian(field, unchecked((ushort)value));
            output.Write(field);
        }
        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            var last = i == components.Count - 1;
            var flags = c.Flags & ~(MoreComponents | WeHaveInstructions) | ArgsAreWords
                | (last ? (instructions.Length > 0 ? WeHaveInstructions : 0) : MoreComponents);
            Write(flags);
            Write(c.Glyph);
            if ((c.Flags & ArgsAreXyValues) != 0 && (c.Arg1 > short.MaxValue || c.Arg2 > short.MaxValue))
                throw new InvalidDataException($"A component offset of ({c.Arg1}, {c.Arg2}) does not fit a glyph.");
            Write(c.Arg1);
            Write(c.Arg2);
            output.Write(c.Transform);
        }
        output.Write(instructions);
        return output.ToArray();
    }

    private static Dictionary<string, (int Offset, int Length)> Tables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, (int, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + length > font.Length) throw new InvalidDataException($"The table {tag} lies outside the font.");
            tables[tag] = (offset, length);
        }
        foreach (var required in new[] { "head", "maxp", "loca", "glyf" })
            if (!tables.ContainsKey(required)) throw new InvalidDataException($"The font has no {required} table.");
        return tables;
    }

    /// <summary>The font's tables in their directory order, with <paramref name="replaced"/> put in and every checksum recomputed.</summary>
    private static byte[] Assemble(byte[] font, Dictionary<string, (int Offset, int Length)> tables, Dictionary<string, byte[]> replaced)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var directoryEnd = 12 + 16 * count;
        var tags = Enumerable.Range(0, count).Select(i => System.Text.Encoding.ASCII.GetString(font, 12 + 16 * i, 4)).ToList();
        var data = tags.Select(t => replaced.TryGetValue(t, out var bytes) ? bytes : font.AsSpan(tables[t].Offset, tables[t].Length).ToArray()).ToList();

        var output = new byte[directoryEnd + data.Sum(d => d.Length + Padding(d.Length))];
        font.AsSpan(0, 12).CopyTo(output); // the table count is unchanged, so are the search fields
        var offset = directoryEnd;
        var headOffset = 0;
        for (var i = 0; i < count; i++)
        {
            if (tags[i] == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(data[i].AsSpan(8), 0); // checkSumAdjustment, set below
                headOffset = offset;
            }
            var record = output.AsSpan(12 + 16 * i, 16);
            font.AsSpan(12 + 16 * i, 4).CopyTo(record);
            data[i].CopyTo(output, offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(output.AsSpan(offset, data[i].Length + Padding(data[i].Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data[i].Length);
            offset += data[i].Length + Padding(data[i].Length);
        }
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(output)));
        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        return sum;
    }

    private static int Padding(int length) => (4 - length % 4) % 4;
}
