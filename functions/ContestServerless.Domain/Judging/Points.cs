using System.Globalization;

namespace ContestServerless.Domain.Judging;

/// <summary>Points as Vietnamese write them: a comma before the half ("7,5").</summary>
public static class Points
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Format(decimal points) => points.ToString("0.##", Vietnamese);
}
