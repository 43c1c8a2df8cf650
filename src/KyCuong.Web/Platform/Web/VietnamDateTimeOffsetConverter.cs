using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Platform.Web;

/// <summary>docs/api.md: instants are ISO 8601 with offset, Vietnam time (+07:00) in responses; any offset is accepted on input.</summary>
internal sealed class VietnamDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = reader.GetString();
        if (s is null || !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            throw new JsonException($"Thời điểm không hợp lệ: \"{s}\" (cần ISO 8601, ví dụ 2026-02-03T09:00:00+07:00). / Invalid instant.");
        }

        return InputRules.IsInCalendar(value) ? value : throw new JsonException(InputRules.DateOutOfRange("instant"));
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(VietnamTime.ToVietnam(value).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
}
