namespace KyCuong.Web.Modules.Evaluation.Innovation;

/// <summary>The OpenAPI examples of the innovation endpoints (docs/api.md "Evaluation: innovation proposals").</summary>
internal static class InnovationExamples
{
    public const string Proposal = """
        {"id":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","title":"Tiếp nhận hồ sơ thi tuyển công chức hoàn toàn trực tuyến",
         "problem":"Thí sinh phải nộp hồ sơ giấy, kéo dài thời gian tiếp nhận 10 ngày.","proposal":"Nhận hồ sơ qua Cổng dịch vụ công, đối chiếu bản gốc khi trúng tuyển.",
         "scope":"Kỳ thi tuyển công chức năm 2026 của Sở Nội vụ.","expectedOutcome":"Rút thời gian tiếp nhận còn 3 ngày.",
         "proposerUserId":"0193f0a4-7c1e-7d2a-9b1c-000000000001","proposerName":"Đỗ Ngọc Lan","bodyUnitId":"0193f0a4-7c1e-7d2a-9b1c-000000000010",
         "bodyName":"Sở Nội vụ tỉnh An Giang","submittedAt":"2026-08-03T09:00:00+07:00","voteDeadline":"2026-08-12","status":"approved",
         "statusLabel":"Đã thông qua","members":3,"needed":2,"inFavour":2,"against":0,
         "voters":[{"userId":"0193f0a4-7c1e-7d2a-9b1c-000000000002","name":"Lê Minh Cường","vote":"for","comment":"Đồng ý.","votedAt":"2026-08-04T10:00:00+07:00"}],
         "excludedDeputyUserId":"0193f0a4-7c1e-7d2a-9b1c-000000000003","excludedDeputyName":"Trần Văn Nam",
         "tasks":[{"taskId":"0193f0a4-7c1e-7d2a-9b1c-000000000020","title":"Tổ chức tiếp nhận hồ sơ thi tuyển"}],
         "decision":{"by":"vote","deciderUserId":null,"deciderName":null,"decisionNumber":null,"date":null,"reason":null,"decidedAt":"2026-08-05T15:00:00+07:00"},
         "canVote":false,"canDecide":false}
        """;
}
