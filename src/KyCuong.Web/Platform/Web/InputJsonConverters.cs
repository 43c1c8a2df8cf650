using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KyCuong.Web.Platform.Web;

/// <summary>
/// Every date in an API body: <c>YYYY-MM-DD</c> within the calendar (<see cref="InputRules"/>). The JSON error names the
/// field; <see cref="ProblemDetailsExceptionHandler"/> turns it into <c>errors: {field: [message]}</c>.
/// </summary>
internal sealed class CalendarDateOnlyConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (s is null || !DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new JsonException("Ngày không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2026-02-03). / Invalid date (YYYY-MM-DD).");
        }

        return InputRules.IsInCalendar(value) ? value : throw new JsonException(InputRules.DateOutOfRange("date"));
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public override DateOnly ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

/// <summary>An instant without offset in an API body (rare: instants carry offsets, see <see cref="VietnamDateTimeOffsetConverter"/>), within the calendar's years.</summary>
internal sealed class CalendarDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTime(out var value))
        {
            throw new JsonException("Thời điểm không hợp lệ (cần ISO 8601). / Invalid instant (ISO 8601).");
        }

        return InputRules.IsInCalendar(value) ? value : throw new JsonException(InputRules.DateOutOfRange("instant"));
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>
/// Every text in an API body: no control characters (a NUL makes PostgreSQL refuse the row and spreadsheets refuse the
/// file) and no bidirectional overrides (<see cref="InputRules.IsForbidden"/>). Line breaks are kept here: which fields are
/// single-line is known to the field (<see cref="SingleLineAttribute"/>, checked by <see cref="InputGuard"/>).
/// </summary>
internal sealed class CleanStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Cần một chuỗi ký tự. / A string is expected.");
        }

        var s = reader.GetString()!;
        return InputRules.ForbiddenCharacter(s, "text") is { } problem ? throw new JsonException(problem) : s;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = reader.GetString()!;
        return InputRules.ForbiddenCharacter(s, "key") is { } problem ? throw new JsonException(problem) : s;
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
}
