/**
 * The words deckwright adds to a deck (the agenda's title, the takeaways', the closing
 * slide's, the mark of a continued slide), in the deck's language where it has them.
 */
export interface Labels {
  agenda: string;
  takeaways: string;
  closing: string;
  continued: string;
  /** The closing slide's subtitle, naming the source. */
  basedOn: (source: string) => string;
}

const LABELS: Record<string, Labels> = {
  en: { agenda: 'Overview', takeaways: 'Key takeaways', closing: 'Questions?', continued: '(cont.)', basedOn: (s) => `Based on ${s}` },
  fr: { agenda: 'Plan', takeaways: 'À retenir', closing: 'Questions ?', continued: '(suite)', basedOn: (s) => `D’après ${s}` },
  de: { agenda: 'Überblick', takeaways: 'Das Wichtigste', closing: 'Fragen?', continued: '(Forts.)', basedOn: (s) => `Nach ${s}` },
  es: { agenda: 'Índice', takeaways: 'Puntos clave', closing: '¿Preguntas?', continued: '(cont.)', basedOn: (s) => `Basado en ${s}` },
  it: { agenda: 'Indice', takeaways: 'Punti chiave', closing: 'Domande?', continued: '(segue)', basedOn: (s) => `Tratto da ${s}` },
  pt: { agenda: 'Sumário', takeaways: 'Pontos-chave', closing: 'Perguntas?', continued: '(cont.)', basedOn: (s) => `Com base em ${s}` },
  nl: { agenda: 'Overzicht', takeaways: 'Belangrijkste punten', closing: 'Vragen?', continued: '(vervolg)', basedOn: (s) => `Gebaseerd op ${s}` },
  ru: { agenda: 'Содержание', takeaways: 'Главное', closing: 'Вопросы?', continued: '(продолжение)', basedOn: (s) => `По материалам: ${s}` },
  el: { agenda: 'Περιεχόμενα', takeaways: 'Βασικά σημεία', closing: 'Ερωτήσεις;', continued: '(συνέχεια)', basedOn: (s) => `Με βάση: ${s}` },
  ar: { agenda: 'نظرة عامة', takeaways: 'أهم النقاط', closing: 'أسئلة؟', continued: '(تابع)', basedOn: (s) => `استنادًا إلى ${s}` },
  he: { agenda: 'סקירה', takeaways: 'עיקרי הדברים', closing: 'שאלות?', continued: '(המשך)', basedOn: (s) => `על פי ${s}` },
  zh: { agenda: '概览', takeaways: '要点', closing: '问题与讨论', continued: '（续）', basedOn: (s) => `资料来源：${s}` },
  ja: { agenda: '概要', takeaways: '要点', closing: '質疑応答', continued: '（続き）', basedOn: (s) => `出典：${s}` },
  ko: { agenda: '개요', takeaways: '핵심 요약', closing: '질의응답', continued: '(계속)', basedOn: (s) => `출처: ${s}` },
};

/** The labels for a BCP 47 language tag, by its primary language; English otherwise. */
export function labelsFor(lang: string): Labels {
  return LABELS[lang.toLowerCase().split(/[-_]/)[0] ?? 'en'] ?? LABELS.en!;
}
