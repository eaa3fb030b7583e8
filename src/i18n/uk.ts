import type { CommandLabels } from "./types.js";

/**
 * Ukrainian names and descriptions of the commands. The bot replies to Ukrainian readers in Russian
 * (see locale.ts), but Discord shows command names in the reader's own language when it has them.
 */
export const ukCommands: CommandLabels = {
  ask: {
    name: "запитати",
    description: "Поставити питання про статтю",
    options: {
      question: { name: "питання", description: "Ваше питання" },
      private: { name: "особисто", description: "Відповідь побачите лише ви" },
    },
  },
  topics: { name: "теми", description: "Про що я знаю, щоб було зрозуміло, що запитати" },
  about: { name: "про-бота", description: "Вихідна стаття, що завантажено, і сам бот" },
  reload: {
    name: "перезавантажити",
    description: "Для модераторів: перечитати файл знань і застосувати його, якщо в ньому немає помилок",
  },
  insights: {
    name: "статистика",
    description: "Для модераторів: про що питали, на що стаття не відповіла, як оцінили відповіді",
    options: { days: { name: "днів", description: "За скільки останніх днів (типово 7)" } },
  },
  "forget-me": {
    name: "забудь-мене",
    description: "Видалити всі ваші питання й оцінки з журналу питань, на всіх серверах",
  },
};
