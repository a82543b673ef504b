namespace ContestServerless.Domain.Exports;

public enum ExportFormat
{
    Xlsx,
    Csv,
}
