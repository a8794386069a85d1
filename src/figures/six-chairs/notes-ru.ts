/** The Russian data-table notes for organisations.yaml's `note` and `notes`, by their English text; a missing one keeps the English. */
export const NOTES_RU: Record<string, string> = {
  'The chair passed to China at the Astana summit.':
    'Председательство перешло к Китаю на саммите в Астане.',
  "The SCO's fourteen dialogue partners are not drawn.":
    'Четырнадцать партнёров ШОС по диалогу на карте не показаны.',
  'Chaired for the calendar year 2024; Kyrgyzstan chairs in 2025. Armenia stayed away from the Astana summit but did not block its documents.':
    'Председательство на 2024 календарный год; в 2025 году председательствует Кыргызстан. Армения не приехала на саммит в Астане, но не блокировала его документы.',
  'Handed to Azerbaijan at an online ministerial meeting.':
    'Передано Азербайджану на онлайн-встрече министров.',
  "CICA's observers are not drawn: the list we found is unverified.":
    'Наблюдатели СВМДА на карте не показаны: найденный нами список не проверен.',
  'Taken over at the Astana summit, handed to Kyrgyzstan at the Bishkek summit.':
    'Принято на саммите в Астане, передано Кыргызстану на саммите в Бишкеке.',
  'A 2024–2026 term, still running. Kyrgyzstan came to the 2023 summit only as an observer.':
    'Срок 2024–2026 годов ещё идёт. Кыргызстан был на саммите 2023 года только как наблюдатель.',
  'Listed among the 2024 chairs by Tokayev and Kazinform; in September 2024 the Astana Times said Kazakhstan was expected to take the chair in 2025. Not confirmed.':
    'Токаев и Kazinform называют его среди председательств 2024 года; в сентябре 2024 года The Astana Times писала, что Казахстан, как ожидается, возглавит организацию в 2025 году. Не подтверждено.',
};
