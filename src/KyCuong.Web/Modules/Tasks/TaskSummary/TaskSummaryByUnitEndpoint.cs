using System.Text.Json.Nodes;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.TaskSummary;

internal static class TaskSummaryByUnitEndpoint
{
    public static void Map(RouteGroupBuilder units) => units.MapGet("/{id:guid}/task-summary/by-unit",
            async Task<Ok<TaskSummaryByUnitResponse>> (Guid id, DateOnly? from, DateOnly? to, TaskSummaryByUnitHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, from, to, ct)))
        .WithName("GetUnitTaskSummaryByUnit")
        .ReadsFromReplica()
        .WithSummary("Bảng tổng hợp theo từng đơn vị trực thuộc / Task counts and both rates for each direct sub-unit (drill-down)")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var media) == true)
            {
                media.Example = JsonNode.Parse(Example);
            }

            return Task.CompletedTask;
        });

    private const string Example = """
        {
          "unit": { "id": "0b7f6f0e-2f41-4c55-9d6a-1b7e0c3a9a10", "name": "Sở Nội vụ tỉnh An Giang" },
          "asOf": "2026-02-03", "from": null, "to": null,
          "path": [
            { "id": "5d1c3a52-8e0f-4a7b-b0f4-2f6f4d0c7e21", "name": "UBND tỉnh An Giang" },
            { "id": "0b7f6f0e-2f41-4c55-9d6a-1b7e0c3a9a10", "name": "Sở Nội vụ tỉnh An Giang" }
          ],
          "overall": { "unitId": "0b7f6f0e-2f41-4c55-9d6a-1b7e0c3a9a10", "name": "Sở Nội vụ tỉnh An Giang", "own": false, "hasChildren": true,
            "inProgressOnTime": 7, "inProgressOverdue": 2, "doneOnTime": 5, "doneLate": 1, "total": 15,
            "onTimeRate": { "numerator": 5, "denominator": 6, "percent": 83.33 },
            "overdueRate": { "numerator": 2, "denominator": 15, "percent": 13.33 } },
          "rows": [
            { "unitId": "0b7f6f0e-2f41-4c55-9d6a-1b7e0c3a9a10", "name": "Trực tiếp Sở Nội vụ tỉnh An Giang", "own": true, "hasChildren": false,
              "inProgressOnTime": 3, "inProgressOverdue": 0, "doneOnTime": 2, "doneLate": 0, "total": 5,
              "onTimeRate": { "numerator": 2, "denominator": 2, "percent": 100.00 },
              "overdueRate": { "numerator": 0, "denominator": 5, "percent": 0.00 } },
            { "unitId": "8a2e4f61-7c3d-4b9a-a1e5-6d0f2c8b4e37", "name": "Phòng Cải cách hành chính", "own": false, "hasChildren": false,
              "inProgressOnTime": 4, "inProgressOverdue": 2, "doneOnTime": 3, "doneLate": 1, "total": 10,
              "onTimeRate": { "numerator": 3, "denominator": 4, "percent": 75.00 },
              "overdueRate": { "numerator": 2, "denominator": 10, "percent": 20.00 } }
          ]
        }
        """;
}
