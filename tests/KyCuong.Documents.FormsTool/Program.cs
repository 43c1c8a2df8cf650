// Makes the PDF forms of the corpus letters (issue 16): each development corpus document that is a document (its
// expectation has a type, a number and symbol and an issuer; never the held-out "holdout*" files) is laid out as the
// printed NĐ 30/2020 letter (Nd30Letter, shared with the measurement test), written as .docx, converted to PDF by
// LibreOffice (one soffice process converting the files one after another, at the lowest priority) and extracted as
// the product extracts uploads (pdftotext -layout -enc UTF-8) and without -layout. The two texts go to
// TestData/forms/<name>.pdf-layout.txt and <name>.pdf-raw.txt; the .docx and .pdf stay in the work folder (binary,
// not committed: the test builds the DOCX form in memory with the same layout code).
//
// Run from the repository root:
//   nice -n 19 dotnet run --project tests/KyCuong.Documents.FormsTool -- \
//     tests/KyCuong.Documents.Tests/TestData/corpus tests/KyCuong.Documents.Tests/TestData/forms /tmp/kycuong-forms
using System.Diagnostics;
using System.Text.Json;
using KyCuong.Documents.Tests.Forms;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: FormsTool <corpus folder> <forms folder> <work folder>");
    return 2;
}

var (corpus, forms, work) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]), Path.GetFullPath(args[2]));
Directory.CreateDirectory(forms);
Directory.CreateDirectory(work);
var names = new List<string>();
foreach (var path in Directory.GetFiles(corpus, "*.expected.json").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileName(path)[..^".expected.json".Length];
    if (name.StartsWith("holdout", StringComparison.Ordinal) || !IsDocument(File.ReadAllText(path)))
    {
        continue;
    }

    var letter = Nd30Letter.Parse(File.ReadAllText(Path.Combine(corpus, name + ".txt")));
    File.WriteAllBytes(Path.Combine(work, name + ".docx"), letter.ToDocx());
    names.Add(name);
}

Console.WriteLine($"{names.Count} documents laid out in {work}");

// One soffice process converts the files in turn (at most one conversion at a time); its own profile keeps it apart
// from any other LibreOffice on the machine.
Run("nice", ["-n", "19", "soffice", "-env:UserInstallation=file://" + Path.Combine(work, "profile"), "--headless", "--convert-to", "pdf", "--outdir", work,
    .. names.Select(n => Path.Combine(work, n + ".docx"))]);
foreach (var name in names)
{
    var pdf = Path.Combine(work, name + ".pdf");
    if (!File.Exists(pdf))
    {
        Console.Error.WriteLine($"no PDF for {name}");
        continue;
    }

    Run("nice", ["-n", "19", "pdftotext", "-layout", "-enc", "UTF-8", pdf, Path.Combine(forms, name + ".pdf-layout.txt")]);
    Run("nice", ["-n", "19", "pdftotext", "-enc", "UTF-8", pdf, Path.Combine(forms, name + ".pdf-raw.txt")]);
}

Console.WriteLine($"forms written to {forms}");
return 0;

static bool IsDocument(string json)
{
    var e = JsonDocument.Parse(json).RootElement;
    return new[] { "type", "numberSymbol", "issuer" }.All(f => e.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0);
}

static void Run(string file, IEnumerable<string> arguments)
{
    var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in arguments)
    {
        info.ArgumentList.Add(a);
    }

    using var process = Process.Start(info)!;
    process.StandardOutput.ReadToEnd();
    var error = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        Console.Error.WriteLine($"{file} {string.Join(' ', info.ArgumentList.Take(4))}… exited {process.ExitCode}: {error}");
    }
}
