import type { Messages } from "./types.js";

function list(items: readonly string[], conjunction: "and" | "or"): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? "";
  return `${unique.slice(0, -1).join(", ")} ${conjunction === "and" ? "и" : "или"} ${unique.at(-1)}`;
}

/** Russian plural: 1 факт, 2 факта, 5 фактов (and 21 факт, 12 фактов). */
function plural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  const form = tens >= 11 && tens <= 14 ? many : units === 1 ? one : units >= 2 && units <= 4 ? few : many;
  return `${n} ${form}`;
}

const percentOf = (part: number, whole: number) =>
  whole === 0 ? "–" : `${Math.round((100 * part) / whole)}%`;

const facts = (n: number) => plural(n, "факт", "факта", "фактов");
const entities = (n: number) => plural(n, "сущность", "сущности", "сущностей");

export const ru: Messages = {
  list,
  quote: (text) => `«${text}»`,

  engine: {
    list,
    unreadable: "Я не нашёл в этом вопроса.",
    notMentioned: (names) => `В статье не упоминается ${names}.`,
    onlyAboutArticle: "Я отвечаю только на вопросы об одной статье.",
    noFigures: "В статье нет цифр об этом.",
    noModel: "В статье не названы тип или модель.",
    noWhen: "В статье не сказано, когда.",
    noWhere: "В статье не сказано, где.",
    noWhy: "В статье не сказано, почему.",
    notSaid: "В статье об этом не говорится.",
    noOpinion: "В статье нет оценки этого: она рассказывает, что сделано и сказано, а не что об этом думать.",
    opinionOf: (body) => `Своей оценки этого в статье нет. Что в ней сказано: ${body}`,
    topic: (publisher, title) => `материал ${publisher} «${title}»`,
    articleIs: (topic) => `Статья — ${topic}.`,
    according: (circumstance) => `Согласно статье: ${circumstance}.`,
    total: (sum, parts) => `Всего ${sum} (${parts.join(" + ")}).`,
    before: (count, place) => `Раньше было ${count} (в статье: ${place}).`,
    // A figure, which agrees with every kind of thing ("две страны", "два агентства").
    count: (names) => `Статья называет ${names.length}: ${list(names, "and")}.`,
    standsFor: (short, full) => `${short} — это ${full}.`,
    rankOf: (name, rank) => `${name}: звание — ${rank}.`,
    whatStandsFor: (short) => `о том, как расшифровывается ${short}`,
    verdict: (verdict, body) => `${verdict === "yes" ? "Да" : "Нет"}. ${body}`,
    undecided: (body, asked) =>
      `В статье не сказано${asked ? ` ${asked}` : " об этом"}. Что в ней сказано: ${body}`,
    describeQuestion(template, name, person) {
      return (template ?? (person ? "Кто такой {name}?" : "Что такое {name}?")).replace("{name}", name);
    },
  },

  answer: {
    failed: "Не удалось ответить на этот вопрос.",
    notInArticleTitle: "В статье об этом не сказано",
    verdictTitle: "Ответ",
    verdict: (verdict) => (verdict === "yes" ? "Да" : "Нет"),
    didYouMean: "Может быть, вы имели в виду:",
    pickOne: "Может быть, вы имели в виду один из этих вопросов?",
    related: "Похожие вопросы:",
    source: (publisher, title) => `Источник: ${publisher}, «${title}»`,
  },

  bot: {
    questionWithExample: (example) => `Ваш вопрос, например: ${example}`,
    help(title, examples) {
      const lines = [
        `Задайте мне вопрос о статье «${title}»: командой /ask, в личном сообщении или упомянув меня.`,
      ];
      if (examples.length > 0) lines.push(`Например: ${examples.map((e) => `«${e}»`).join(" или ")}`);
      lines.push("/topics — о чём я знаю.");
      return lines.join("\n");
    },
    rateLimited: (seconds) => `Слишком много вопросов сразу. Подождите ${seconds} с и спросите снова.`,
    buttonExpired: "Эта кнопка устарела. Задайте вопрос снова командой /ask.",
    unknownCommand: "Я не знаю такой команды.",
    error: (ref) => `Что-то пошло не так (код ${ref}).`,
    topicsTitle: "О чём можно спросить",
    topicsIntro: (title, publisher) => `Я отвечаю на вопросы об одной статье: «${title}» (${publisher}).`,
    topicsHowToAsk: "Спрашивайте командой /ask, в личном сообщении или упомянув меня.",
    forExample: "Например:",
    aboutTitle: "Об этом боте",
    moderatorsOnly:
      "Извините, перезагружать знания могут только модераторы (право «Управлять сервером» или роль модератора).",
    adminServersOnly:
      "Извините, эта команда работает только на серверах владельца бота и только для их модераторов.",
    ownerOnly: "Извините, эту команду может использовать только владелец бота.",
    reloadedTitle: "Знания перезагружены",
    reloadFailedTitle: "Перезагрузка не удалась",
    reloadedEverywhere: (processes) => `Знания перезагружены во всех процессах (${processes})`,
    reloadFailedIn: (failed, processes) => `Перезагрузка не удалась в ${failed} из ${processes} процессов`,
    shardName: (id) => `шард ${id}`,
    otherProcesses: "остальные процессы",
    replicaProblem(problem) {
      switch (problem?.kind) {
        case "failed":
          return `перезагрузка не удалась: ${problem.detail}`;
        case "not-ready":
          return "ещё не готов";
        case "not-reached":
          return `не удалось связаться: ${problem.detail}`;
        case "silent":
          return `не ответил за ${problem.seconds} с; возможно, у него остались старые знания`;
        case "no-redis":
          return "не удалось связаться: Redis недоступен";
        default:
          return "нет ответа";
      }
    },
  },

  about: {
    article: "Статья",
    facts: "Факты",
    entities: "Сущности",
    loadedAt: "Знания загружены",
    version: "Версия",
    uptime: "Время работы",
    shard: "Шард",
    replica: "Реплика",
    shardOf: (ids, count) => `${ids.join(", ")} из ${count}`,
    duration({ d, h, m, s }) {
      if (d > 0) return `${d} д ${h} ч`;
      if (h > 0) return `${h} ч ${m} мин`;
      if (m > 0) return `${m} мин ${s} с`;
      return `${s} с`;
    },
  },

  reload: {
    failed: (errors) =>
      `Перезагрузка не удалась: ошибок в файле знаний — ${errors}. Прежние знания по-прежнему в работе.`,
    unchanged: (n, e) => `Перезагружено: ни один факт не изменился (${facts(n)}, ${entities(e)}).`,
    changed: (added, removed, changed, n, e) =>
      `Перезагружено: добавлено ${added}, удалено ${removed}, изменено ${changed} (${facts(n)}, ${entities(e)}).`,
    errors: "Ошибки",
    added: "Добавлены",
    removed: "Удалены",
    changedLabel: "Изменены",
    more: (count) => `… и ещё ${count}`,
  },

  console: {
    help: [
      "Напишите вопрос о статье и нажмите Enter. Другие команды:",
      "  /topics   о чём я знаю",
      "  /about    исходная статья и что загружено",
      "  /reload   перечитать файл знаний (он останется, только если в нём нет ошибок)",
      "  /help     эта справка",
      "  /quit     выйти (или Ctrl+D)",
      "  1, 2, 3   задать один из предложенных после ответа вопросов",
    ].join("\n"),
    unknownCommand: (command) => `Неизвестная команда ${command}. Наберите /help, чтобы увидеть команды.`,
    topicsIntro: (title, publisher) => `Я отвечаю на вопросы о статье «${title}» (${publisher}).`,
    forExample: (examples) => `Например: ${examples.join(" | ")}`,
  },

  questionLog: {
    voteUpLabel: "👍",
    voteDownLabel: "👎",
    voteThanks: (vote) =>
      vote > 0
        ? "Спасибо! Вы оценили этот ответ 👍. Оценку можно изменить кнопкой 👎 в любой момент."
        : "Спасибо! Вы оценили этот ответ 👎: модераторы увидят, какие ответы не попадают в цель. Оценку можно изменить кнопкой 👍 в любой момент.",
    voteLogOff: "Этот бот не собирает оценки ответов.",
    forgetDone: (questions, votes) =>
      questions + votes === 0
        ? "Готово: в журнале вопросов не было ничего вашего (ни вопросов, ни оценок) ни на одном сервере."
        : `Готово: я удалил из журнала вопросов ${plural(questions, "ваш вопрос", "ваших вопроса", "ваших вопросов")} и ${plural(votes, "оценку", "оценки", "оценок")} — на всех серверах и в личных сообщениях.`,
    forgetLogOff: "Этот бот не ведёт журнал вопросов, так что удалять нечего.",
    logUnavailable: (ref) =>
      `Журнал вопросов сейчас недоступен, поэтому ничего не сделано. Попробуйте снова через несколько минут (код ${ref}).`,
    insightsNotInDm: "/insights работает на сервере, а не в личных сообщениях.",
    insightsLogOff: "Журнал вопросов выключен, так что показать нечего.",
    insightsModeratorsOnly:
      "Извините, статистику могут смотреть только модераторы (право «Управлять сервером» или роль модератора).",
    pageTitles: {
      overview: "Обзор",
      unanswered: "Без ответа",
      rated: "Худшие оценки",
      facts: "Самые запрашиваемые факты",
    },
    title: (page, days) =>
      `Статистика: ${page} (${plural(days, "последний день", "последних дня", "последних дней")})`,
    footer: (page, pages) => `Страница ${page} из ${pages} · время UTC`,
    headline: (t, days, from, to) =>
      `${plural(t.questions, "вопрос", "вопроса", "вопросов")} за ${plural(days, "день", "дня", "дней")} (с ${from} по ${to} UTC): ` +
      `с ответом — ${t.answered} (${percentOf(t.answered, t.questions)}), без ответа — ${t.unanswered}. ` +
      `Оценки: ${t.up} 👍, ${t.down} 👎.`,
    byTransport: "Вопросы по каналам",
    noneYet: "пока нет",
    allAnswered: "На все вопросы этих дней был дан ответ.",
    groupedNote:
      "Разные формулировки одного вопроса — одна строка. `npm run insights -- --export FILE` предложит для них знания.",
    alsoAskedAs: "также",
    noDownVotes: "Ни один ответ за эти дни не получил 👎.",
    forExample: "например",
    noFacts: "За эти дни ни один факт не попал в ответ.",
    notInArticle: "«в статье об этом не сказано»",
    factGone: "больше нет в знаниях",
  },

  commands: {
    ask: {
      name: "спросить",
      description: "Задать вопрос о статье",
      options: {
        question: { name: "вопрос", description: "Ваш вопрос" },
        private: { name: "лично", description: "Ответ увидите только вы" },
      },
    },
    topics: { name: "темы", description: "О чём я знаю — чтобы было понятно, что спросить" },
    about: { name: "о-боте", description: "Исходная статья, что загружено, и сам бот" },
    reload: {
      name: "перезагрузить",
      description: "Для модераторов: перечитать файл знаний и применить его, если он без ошибок",
    },
    insights: {
      name: "статистика",
      description: "Для модераторов: о чём спрашивали, на что статья не ответила, как оценили ответы",
      options: { days: { name: "дней", description: "За сколько последних дней (по умолчанию 7)" } },
    },
    "forget-me": {
      name: "забудь-меня",
      description: "Удалить все ваши вопросы и оценки из журнала вопросов, на всех серверах",
    },
  },
};
