import { describe, expect, it } from "vitest";
import { formatIssues, ISSUES_SHOWN, issueReport } from "../../src/knowledge/issues.js";

const issues = Array.from({ length: ISSUES_SHOWN + 3 }, (_, i) => ({
  where: `facts[${i}].evidence (line ${i + 2})`,
  message: "not in the article",
}));

describe("reports of knowledge problems", () => {
  it("show the first ones, each with its place, then how many more", () => {
    const lines = formatIssues(issues);
    expect(lines).toHaveLength(ISSUES_SHOWN + 1);
    expect(lines[0]).toBe("facts[0].evidence (line 2): not in the article");
    expect(lines.at(-1)).toBe("… and 3 more");
    expect(formatIssues(issues.slice(0, 2))).toHaveLength(2);
  });

  it("name the file and the count, and list every problem when asked to", () => {
    const report = issueReport("/srv/k.yaml", issues, { all: true });
    expect(report[0]).toBe(`The knowledge file /srv/k.yaml could not be loaded: ${issues.length} problems`);
    expect(report.slice(1)).toEqual(issues.map((i) => `  ${i.where}: ${i.message}`));
    expect(issueReport("k.yaml", issues.slice(0, 1))[0]).toMatch(/: 1 problem$/);
  });
});
