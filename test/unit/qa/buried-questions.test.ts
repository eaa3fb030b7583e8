import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { bakeryEngine } from "./bakery.js";
import { ferryEngine } from "./ferry.js";

let ferry: Engine;
let bakery: Engine;
beforeAll(async () => {
  ferry = await ferryEngine();
  bakery = await bakeryEngine();
});

describe("a question buried in a chatty message", () => {
  it("answers the question and leaves the talk of the writer's day around it", () => {
    const a = ferry.answer(
      "morning folks, sorry I vanished, my laptop crashed twice lol. so I was reading the island post piece on the bus — who heads the fleet office? asking because my aunt works at the harbour",
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Capt\. Cmdr\. Ola Brandt heads the Bluewater Lines fleet office\.$/);
  });

  it("answers a question between a greeting and thanks", () => {
    const a = ferry.answer(
      "ugh long week. which island gets the cargo barges? thanks a ton, you all are lovely",
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/cargo barges to Southholm/);
  });

  it("reads a question the writer's own words lead into", () => {
    const a = ferry.answer(
      "hey, just got back from the gym. I can't remember which island buys the motorboats? anyway off to cook",
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/motorboats to Northholm/);
  });

  it("reads a pronoun of the question as the name the chatter before it gave", () => {
    const a = ferry.answer(
      "my neighbour keeps going on about that brandt guy, what does he head? idk why he cares",
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Brandt heads the Bluewater Lines fleet office/);
  });

  it("leaves out a question put to the others in the channel about something else", () => {
    const a = ferry.answer(
      "hi all, first time posting. what does bluewater supply to northholm? and does anyone know a decent cafe near the bus station",
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Bluewater Lines supplies motorboats to Northholm\.$/);
  });

  it("still answers several questions of one message, each in order", () => {
    const a = ferry.answer(
      "sorry, my phone is dying lol. who heads the fleet office? and what does bluewater supply to southholm? thx",
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/fleet office[\s\S]*cargo barges to Southholm/);
  });

  it("does not answer a question the article does not cover because of the chatter around it", () => {
    const a = ferry.answer(
      "so I was reading this at lunch, my coffee went cold. how much does a barge cost? I could not find it. bye",
    );
    expect(a.answered).toBe(false);
  });

  it("still reads chatter with no question as chatter", () => {
    const a = ferry.answer(
      "hey all, sorry for the noise lol. my cat sat on the keyboard again. anyway have a good night",
    );
    expect(a.answered).toBe(false);
    expect(a.facts).toEqual([]);
  });

  it("finds a Russian question among chatter", () => {
    const a = bakery.answer(
      "всем привет, извиняюсь за оффтоп, у меня сегодня сломался ноутбук. кто руководит пекарней «Рассвет»? спс заранее, вы лучшие",
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Иван Соколов руководит пекарней «Рассвет»\.$/);
    const b = bakery.answer(
      "короче я ехал в автобусе и читал статью, водитель гнал жутко, и вот не понял — что пекарня отправляет в школу «Дуб»? ладно, главное доехал",
    );
    expect(b.answered).toBe(true);
    expect(b.text).toMatch(/ржаной хлеб/);
  });

  it("still reads Russian chatter with no question as chatter", () => {
    const a = bakery.answer("всем привет, сорян, у меня кот заболел. хорошего вечера");
    expect(a.answered).toBe(false);
    expect(a.facts).toEqual([]);
  });
});

describe("a question that says nothing of its own after chatter", () => {
  it("asks of the claim the writer tells before it", () => {
    const a = ferry.answer("my uncle told me brandt heads the fleet office. is that right?");
    expect(a.verdict).toBe("yes");
    const b = ferry.answer("my uncle reckons southholm gets the motorboats. true?");
    expect(b.verdict).toBe("no");
  });

  it("is not a farewell that opens with a helping verb", () => {
    const a = ferry.answer("who heads the fleet office? sorry for the typos lol. anyway have a nice day");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Capt\. Cmdr\. Ola Brandt heads the Bluewater Lines fleet office\.$/);
  });
});

describe("a topic fronted before the question by a dash", () => {
  it("is what the question's pronoun stands for", () => {
    const a = ferry.answer("right, and northholm — does it get motorboats?");
    expect(a.verdict).toBe("yes");
    const b = ferry.answer("ok and southholm — what does it get?");
    expect(b.answered).toBe(true);
    expect(b.text).toMatch(/^Bluewater Lines supplies cargo barges to Southholm\.$/);
  });
});
