import { beforeAll, describe, expect, it } from "vitest";
import { calendarTime } from "../../../src/qa/calendar.js";
import { english } from "../../../src/qa/lang/en.js";
import { russian } from "../../../src/qa/lang/ru.js";
import type { Engine } from "../../../src/qa/types.js";
import { compareFigures, statedFigure } from "../../../src/qa/verdict.js";
import { museumEngine } from "./museum.js";

let museum: Engine;
beforeAll(async () => {
  museum = await museumEngine();
});

describe("a time the question names otherwise than the fact", () => {
  it("answers no to another weekday, with the fact's", () => {
    const a = museum.answer("did voss speak on friday?");
    expect(a.verdict).toBe("no");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\b.*Tuesday/);
  });

  it("answers no to another month, and to another day of the same month", () => {
    expect(museum.answer("did voss start in april").verdict).toBe("no");
    expect(museum.answer("did voss start on march 5").verdict).toBe("no");
    expect(museum.answer("did voss start in march").verdict).toBe("yes");
  });

  it("answers no to another year", () => {
    const a = museum.answer("did hale retire in 2019?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/2020/);
    expect(museum.answer("did hale retire in 2020?").verdict).toBe("yes");
  });
});

describe("a time the question names as the fact does", () => {
  it("answers yes, though the question's verb is a related relation's", () => {
    const a = museum.answer("did voss talk on tuesday?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/^Yes\b.*Tuesday/);
    expect(museum.answer("did voss start on march 3").verdict).toBe("yes");
  });

  it("leaves the verdict to the rest of the question when a word of it no fact uses", () => {
    expect(museum.answer("did voss talk on tuesday about parking").verdict).not.toBe("yes");
  });
});

describe("a figure the question names otherwise than the fact", () => {
  it("answers no to another count, in digits or in words", () => {
    expect(museum.answer("does the museum have 12 galleries").verdict).toBe("no");
    expect(museum.answer("does the museum have twelve galleries").verdict).toBe("no");
    expect(museum.answer("does the museum have 14 galleries").verdict).toBe("yes");
  });

  it("compares a bound with the fact's bound", () => {
    expect(museum.answer("does voss have more than 10 years of experience").verdict).toBe("yes");
    expect(museum.answer("does voss have less than 10 years of experience").verdict).toBe("no");
    const open = museum.answer("does voss have over 20 years of experience");
    expect(open.verdict).toBeNull();
    expect(open.answered).toBe(false);
  });
});

describe("work a fact says goes on", () => {
  it("answers no to whether it has stopped, stalled or is fully done", () => {
    for (const q of [
      "has building work on the new wing stalled?",
      "has work on the new wing stopped",
      "is the work on the new wing fully done",
    ]) {
      const a = museum.answer(q);
      expect(a.verdict, q).toBe("no");
      expect(a.text, q).toMatch(/continues/);
    }
  });

  it("answers no to whether what it says goes on is done already, asked with its participle alone", () => {
    for (const q of ["is the new wing built already?", "has the new wing been built yet"]) {
      const a = museum.answer(q);
      expect(a.verdict, q).toBe("no");
      expect(a.text, q).toMatch(/continues/);
    }
    // Work that goes on has begun: whether it has started already is no question of its end.
    expect(museum.answer("has building work on the new wing already started?").verdict).not.toBe("no");
    // "Being built" says it goes on.
    expect(museum.answer("is the new wing being built already").verdict).toBe("yes");
  });

  it("answers yes to whether it goes on", () => {
    expect(museum.answer("is work on the new wing still going on?").verdict).toBe("yes");
  });
});

describe("a yes/no question after a lead-in", () => {
  it("is still a yes/no question after a greeting or the names it asks about", () => {
    expect(museum.answer("bro does the museum have 14 galleries").verdict).toBe("yes");
    expect(museum.answer("Tom Hale - did he retire in 2019?").verdict).toBe("no");
    expect(museum.answer("hey did voss speak on friday").verdict).toBe("no");
  });

  it("reads a two-letter initialism typed in capitals as the name it shortens", () => {
    const a = museum.answer("is the HM opening a new wing");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Harbor Museum/);
  });
});

describe("a name the article never uses, against the one value a fact gives", () => {
  it("answers no with the fact's value for a known subject's single value", () => {
    const came = museum.answer("did voss come to the museum from the Brightwater Archive?");
    expect(came.verdict).toBe("no");
    expect(came.text).toMatch(/Coastal Gallery/);
    const photo = museum.answer("is the photo from Reuters");
    expect(photo.verdict).toBe("no");
    expect(photo.text).toMatch(/Lens Agency/);
  });

  it("leaves a list of examples, or a stranger asked about, unsaid", () => {
    for (const q of [
      "is the museum a partner of Zenith University",
      "is Zenith University a partner of the museum",
    ]) {
      const a = museum.answer(q);
      expect(a.verdict, q).toBeNull();
      expect(a.answered, q).toBe(false);
    }
  });
});

describe("what a verb is asked of, in a word no fact uses", () => {
  it("is not said by a fact that says the rest", () => {
    for (const q of ["does voss enjoy knitting?", "does voss enjoy knitting in her free time"]) {
      const a = museum.answer(q);
      expect(a.verdict, q).toBeNull();
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/does not say.*sailing/);
    }
  });

  it("still answers yes where the words no fact uses are filler or qualify a known one", () => {
    for (const q of [
      "does voss enjoy sailing?",
      "does voss like sailing much",
      "does voss love sailing too",
      "does voss enjoy gardening in her free time",
    ])
      expect(museum.answer(q).verdict, q).toBe("yes");
  });
});

describe("an ordinary word where a fact names someone", () => {
  it("is not said by a fact that names others", () => {
    const a = museum.answer("did voss give an interview to the guardian");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
    expect(museum.answer("did voss talk to harbor radio").verdict).toBe("yes");
  });

  it("is answered no with the one value a known subject's fact gives, as a name would be", () => {
    const a = museum.answer("did voss come to the museum from the archive?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/Coastal Gallery/);
  });
});

describe("a fact that leaves open who", () => {
  it("does not answer no to another name, but says the article does not say", () => {
    const a = museum.answer("is Tom Hale Voss's boss?");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/does not say/);
  });
});

describe("a fact that leaves open who, beside one that names others", () => {
  it("leaves a name asked for the thing it is about unsaid, instead of no", () => {
    const a = museum.answer("will the museum pick Norra Studio for the new wing?");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/not yet chosen/);
    expect(museum.answer("will the museum pick Norra Studio for the design contest?").verdict).toBe("yes");
  });
});

describe("the article itself", () => {
  it("says yes when asked whether it mentions a name it does", () => {
    const a = museum.answer("does the article mention Lens Agency");
    expect(a.verdict).toBe("yes");
  });
});

describe("reading times and figures", () => {
  it("reads months, days, weekdays and years in both languages", () => {
    expect(calendarTime(["on", "jan", "29", "2024"], english)).toEqual({ month: 1, day: 29, year: 2024 });
    expect(calendarTime(["в", "воскресенье"], russian)).toEqual({ weekday: 7 });
    expect(calendarTime(["29", "января"], russian)).toEqual({ month: 1, day: 29 });
    // A time that ends a span is no time to contradict.
    expect(calendarTime(["used", "through", "2039"], english)).toEqual({});
    // "May" opening a question asks; it is no month.
    expect(calendarTime(["may", "i", "ask"], english)).toEqual({});
  });

  it("reads bounds, the longer phrase first", () => {
    const most = statedFigure(["no", "more", "than", "5", "years"], english);
    expect(most?.range).toMatchObject({ high: 5, highOpen: false });
    const over = statedFigure(["более", "20", "лет"], russian);
    expect(over?.range).toMatchObject({ low: 20, lowOpen: true });
    expect(statedFigure(["more", "than", "2", "000", "technologies"], english)?.range.low).toBe(2000);
    const exact = { low: 20, lowOpen: false, high: 20, highOpen: false };
    expect(compareFigures(exact, { ...exact, low: 25, high: 25 })).toBe("no");
  });
});
