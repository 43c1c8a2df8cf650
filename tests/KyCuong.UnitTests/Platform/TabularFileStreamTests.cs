using System.Text;
using KyCuong.Web;
using KyCuong.Web.Platform.Uploads;

namespace KyCuong.UnitTests.Platform;

/// <summary>The streamed CSV reader (docs/performance.md "One-stop import streamed"): the same cells as RFC 4180 says, whatever the buffer's edges, and memory that does not grow with the file.</summary>
public sealed class TabularFileStreamTests
{
    /// <summary>A CSV of as many rows as asked, produced as it is read; counts the bytes handed out.</summary>
    private sealed class GeneratedCsv(long rows) : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes("code,name\n");
        private int _offset;
        private long _next;

        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                if (_next == rows)
                {
                    return 0;
                }

                _pending = Encoding.UTF8.GetBytes($"HS-{_next:D9},\"Công ty \"\"Hòa Bình\"\", chi nhánh {_next % 97}\"\n");
                _offset = 0;
                _next++;
            }

            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            BytesRead += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void ReadsAsItGoes_TheFirstRowsOfAHugeFileNeedOnlyTheFirstBlocks()
    {
        // 100 million rows (some 5 GB) are never produced: taking 10 records reads a couple of 64 K blocks at most.
        using var csv = new GeneratedCsv(100_000_000);
        var first = TabularFile.StreamCsv(csv).Take(11).ToList();
        first[0].Cells.ShouldBe(["code", "name"]);
        first[10].Row.ShouldBe(11);
        first[10].Cells.ShouldBe(["HS-000000009", "Công ty \"Hòa Bình\", chi nhánh 9"]);
        csv.BytesRead.ShouldBeLessThan(300_000);
    }

    [Fact]
    public void WholeFile_EveryRowWithItsNumber_QuotesAcrossBufferEdges()
    {
        // 20,000 rows of about 60 bytes cross the 64 K buffer's edge many times, inside quoted cells and doubled quotes too.
        using var csv = new GeneratedCsv(20_000);
        var count = 0;
        foreach (var (row, cells) in TabularFile.StreamCsv(csv))
        {
            count++;
            row.ShouldBe(count);
            if (row > 1)
            {
                var i = row - 2;
                cells.ShouldBe([$"HS-{i:D9}", $"Công ty \"Hòa Bình\", chi nhánh {i % 97}"]);
            }
        }

        count.ShouldBe(20_001);
    }

    [Theory]
    [InlineData("a;b\r\n1;\"x;y\"\r\n", new[] { "1", "x;y" })]
    [InlineData("a,b\n\"line\nbreak\",\"\"\"q\"\"\"", new[] { "line\nbreak", "\"q\"" })]
    public void Separators_LineEnds_QuotedBreaks(string text, string[] second)
    {
        var rows = TabularFile.StreamCsv(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();
        rows.Count.ShouldBe(2);
        rows[1].Cells.ShouldBe(second);
    }

    [Fact]
    public void NotUtf8_IsABadRequestNotACrash()
    {
        var latin1 = new byte[] { (byte)'a', (byte)'\n', 0xE0, 0xE1, (byte)'\n' };
        Should.Throw<RequestValidationException>(() => TabularFile.StreamCsv(new MemoryStream(latin1)).ToList());
    }
}
