// Type-checked (tsc --noEmit --strict) against the types openapi-typescript generates from the served document
// (GeneratedClientTests): a request or answer the document describes wrongly, or a string left untyped, fails here.
import type { components, paths } from "./kycuong-api";

type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;

type TokenRequest = Json<paths["/api/v1/auth/token"]["post"]["requestBody"]>;
type TokenAnswer = Json<paths["/api/v1/auth/token"]["post"]["responses"][200]>;
type CreateTask = Json<paths["/api/v1/tasks"]["post"]["requestBody"]>;
type Created = Json<paths["/api/v1/tasks"]["post"]["responses"][201]>;
type HandOff = Json<paths["/api/v1/tasks/{id}/handoffs"]["post"]["requestBody"]>;
type Complete = Json<paths["/api/v1/tasks/{id}/complete"]["post"]["requestBody"]>;
type Summary = Json<paths["/api/v1/units/{id}/task-summary"]["get"]["responses"][200]>;
type SummaryQuery = NonNullable<paths["/api/v1/units/{id}/task-summary"]["get"]["parameters"]["query"]>;
type Problem = components["schemas"]["ProblemDetails"];

const signIn: TokenRequest = { userName: "giamdoc.snv", password: "KyCuong@2026" };
const create: CreateTask = { title: "Rà soát quy chế làm việc", leadUnitId: "01a24440-cfbd-7634-8874-69705c279b6c", coordinatingUnitIds: [], dueDate: "2026-02-20" };
const handOff: HandOff = { toUserId: "01a24440-cfbd-7634-8874-69705c279b6d", note: "Phòng Cải cách hành chính tham mưu." };
const complete: Complete = { result: "Đã ban hành Kế hoạch số 15/KH-SNV." };
const query: SummaryQuery = { includeDescendants: true };

// Strings must be strings, not "unknown": each line fails to compile if the document leaves the schema empty. The request
// records declare these fields nullable (the handlers answer 400 for a missing title or result), hence "| null | undefined".
const user: string | null | undefined = signIn.userName;
const title: string | null | undefined = create.title;
const note: string | null | undefined = handOff.note;
const result: string | null | undefined = complete.result;

export function bearer(answer: TokenAnswer): string {
  return `Bearer ${answer.accessToken}`;
}

export function createdId(answer: Created): string {
  return answer.id;
}

export function finished(s: Summary): number {
  return Number(s.doneOnTime) + Number(s.doneLate);
}

export function explain(p: Problem): string {
  return `${p.title ?? ""} ${p.detail ?? ""}`.trim();
}

export const scenario = { signIn, create, handOff, complete, query, user, title, note, result };
