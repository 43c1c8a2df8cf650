using System.CommandLine;
using KyCuong.Documents;
using KyCuong.Documents.Packages;

namespace KyCuong.Cli;

/// <summary>docs/api.md "Command line": <c>parse FILE...</c> prints the extraction JSON of each file (a JSON array when several).</summary>
internal static class ParseCommand
{
    // Scans (a PDF without a text layer, .png/.jpg/.tif) are read by tesseract with its default bounds (docs/operations.md).
    private static readonly TesseractOcrEngine Ocr = new();

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Tệp .txt, .docx, .pdf hoặc ảnh quét .png, .jpg, .tif / files to read", Arity = ArgumentArity.OneOrMore };
        var command = new Command("parse", "Đọc văn bản và trích xuất thông tin, nhiệm vụ / extract metadata, citations and tasks") { files };
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(files) ?? [];
            var extractions = new List<DocumentExtraction>();
            var failed = 0;
            foreach (var path in paths)
            {
                if (!File.Exists(path))
                {
                    await Console.Error.WriteLineAsync($"{path}: không tìm thấy tệp / file not found");
                    failed++;
                    continue;
                }

                await using var stream = File.OpenRead(path);
                var read = await DocumentTextReader.ReadAsync(stream, Path.GetFileName(path), Ocr, ct);
                if (!read.Success)
                {
                    await Console.Error.WriteLineAsync($"{path}: {read.Error}");
                    failed++;
                    continue;
                }

                extractions.Add(DocumentExtractor.Extract(read.Text));
            }

            if (paths.Length == 1 && extractions.Count == 1)
            {
                Console.WriteLine(ExtractionJson.Serialize(extractions[0]));
            }
            else if (extractions.Count > 0 || paths.Length > 1)
            {
                Console.WriteLine(ExtractionJson.Serialize(extractions));
            }

            return failed == 0 ? 0 : 2;
        });
        return command;
    }
}
