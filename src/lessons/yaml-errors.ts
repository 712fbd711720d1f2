// The YAML parser's errors, said in French. The `yaml` package explains its errors in English; the
// teacher reads one French sentence per error code (refined by what the parser reports for the codes
// that cover several mistakes), followed by an excerpt of the offending line.
import type { ErrorCode } from 'yaml';

/** One French explanation; `when` picks it among several for the same code, from the parser's text. */
interface Sentence {
  when?: RegExp;
  text: string;
}

/** Every French explanation, by the parser's error code; the last one of a code is its default. */
export const YAML_SENTENCES: Record<ErrorCode | 'ALIAS', Sentence[]> = {
  ALIAS_PROPS: [{ text: 'un alias (*nom) ne peut pas porter d’ancre ni d’étiquette' }],
  BAD_ALIAS: [{ text: 'ancre ou alias vide ou terminé par « : »' }],
  BAD_DIRECTIVE: [{ text: 'directive YAML (%…) inconnue ou mal écrite' }],
  BAD_DQ_ESCAPE: [{ text: 'séquence d’échappement inconnue dans un texte entre guillemets doubles (écrivez \\\\ pour une barre oblique inverse)' }],
  BAD_INDENT: [
    { when: /flow sequence/i, text: 'liste entre crochets non refermée par « ] » (ou pas assez indentée)' },
    { when: /flow map/i, text: 'objet entre accolades non refermé par « } » (ou pas assez indenté)' },
    { when: /sequence items/i, text: 'les éléments « - » d’une liste doivent tous commencer à la même colonne' },
    { text: 'indentation incorrecte : alignez cette ligne sur les autres clés du même niveau' },
  ],
  BAD_PROP_ORDER: [{ text: 'l’ancre ou l’étiquette doit venir après l’indicateur' }],
  BAD_SCALAR_START: [{ text: 'une valeur sans guillemets ne peut pas commencer par ce caractère : mettez-la entre guillemets' }],
  BLOCK_AS_IMPLICIT_KEY: [
    { when: /compact/i, text: 'deux « : » sur la même ligne : mettez la valeur entre guillemets si elle contient « : »' },
    { text: 'une liste ne peut pas servir de clé : vérifiez l’indentation des « - »' },
  ],
  BLOCK_IN_FLOW: [{ text: 'une liste « - » ou un bloc ne peut pas figurer entre crochets ou accolades' }],
  DUPLICATE_KEY: [{ text: 'clé en double : chaque clé ne peut apparaître qu’une fois au même niveau' }],
  IMPOSSIBLE: [{ text: 'construction YAML illisible à cet endroit' }],
  KEY_OVER_1024_CHARS: [{ text: 'clé trop longue (plus de 1024 caractères avant « : »)' }],
  MISSING_CHAR: [
    { when: /closing "quote/, text: 'guillemet double fermant « " » manquant' },
    { when: /closing 'quote/, text: 'apostrophe fermante « \' » manquante' },
    { when: /followed by map values/i, text: 'clé sans « : » : écrivez « clé: valeur », ou vérifiez l’indentation' },
    { when: /without - indicator/i, text: 'élément de liste sans « - »' },
    { when: /missing space after :/i, text: 'il manque une espace après « : »' },
    { when: /missing ,/i, text: 'il manque une virgule entre deux éléments entre crochets ou accolades' },
    { when: /comments must be separated/i, text: 'un commentaire « # » doit être précédé d’une espace' },
    { when: /separated from the next token/i, text: 'une ancre ou une étiquette doit être suivie d’une espace' },
    { text: 'caractère manquant à cet endroit' },
  ],
  MULTILINE_IMPLICIT_KEY: [{ text: 'une clé doit tenir sur une seule ligne : il manque sans doute « : » sur la ligne précédente' }],
  MULTIPLE_ANCHORS: [{ text: 'une valeur ne peut avoir qu’une seule ancre (&nom)' }],
  MULTIPLE_DOCS: [{ text: 'le frontmatter ne peut contenir qu’un seul document YAML (pas de « --- » à l’intérieur)' }],
  MULTIPLE_TAGS: [{ text: 'une valeur ne peut avoir qu’une seule étiquette (!!type)' }],
  NON_STRING_KEY: [{ text: 'les clés doivent être du texte' }],
  RESOURCE_EXHAUSTION: [{ text: 'trop d’alias : le document est trop gros une fois les alias développés' }],
  TAB_AS_INDENT: [{ text: 'tabulation utilisée pour indenter : YAML n’accepte que des espaces' }],
  TAG_RESOLVE_FAILED: [{ text: 'étiquette de type (!!…) inconnue ou valeur qui ne correspond pas à son type' }],
  UNEXPECTED_TOKEN: [
    { when: /block scalar header/i, text: 'après « | » ou « > », seuls un chiffre et « + » ou « - » sont permis' },
    { when: /at node end|in YAML stream/i, text: 'texte inattendu : vérifiez l’indentation de cette ligne et de la précédente' },
    { when: /empty item|Unexpected ,/i, text: 'virgule en trop entre crochets ou accolades' },
    { text: 'caractère inattendu à cet endroit' },
  ],
  BAD_COLLECTION_TYPE: [{ text: 'l’étiquette de type ne convient pas à cette liste ou à cet objet' }],
  ALIAS: [
    { when: /unresolved alias/i, text: 'alias (*nom) sans ancre (&nom) définie avant lui' },
    { when: /alias count/i, text: 'trop d’alias : le document est trop gros une fois les alias développés' },
    { text: 'alias ou ancre impossible à résoudre' },
  ],
};

const EXCERPT = 40;

/**
 * Where the mistake is. The parser reports an unclosed `[` or `{` where it expected the closing one (the
 * next line), and an unclosed quote at the end of the text it swallowed: the teacher must look at the
 * opening one, found here by scanning back.
 */
export function yamlErrorOffset(code: ErrorCode, message: string, text: string, offset: number): number {
  const from = Math.min(offset, text.length) - 1;
  if (code === 'MISSING_CHAR' && /closing "quote/.test(message)) return openingQuote(text, from, '"') ?? offset;
  if (code === 'MISSING_CHAR' && /closing 'quote/.test(message)) return openingQuote(text, from, "'") ?? offset;
  const open = code === 'BAD_INDENT' ? (/flow sequence/i.test(message) ? '[' : /flow map/i.test(message) ? '{' : null) : null;
  if (!open) return offset;
  const close = open === '[' ? ']' : '}';
  let depth = 0;
  for (let i = from; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && depth-- === 0) return i;
  }
  return offset;
}

/** The last quote before `from` that is not escaped (\" in double quotes, '' in single quotes). */
function openingQuote(text: string, from: number, quote: '"' | "'"): number | undefined {
  for (let i = from; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"' && text[i - 1] === '\\') continue;
    if (quote === "'" && text[i - 1] === "'") {
      i--;
      continue;
    }
    return i;
  }
  return undefined;
}

/** The French explanation of a parser error (`code`, and its English `message` to choose among several). */
export function yamlSentence(code: ErrorCode | 'ALIAS', message: string): string {
  const sentences = YAML_SENTENCES[code] ?? YAML_SENTENCES.IMPOSSIBLE;
  return (sentences.find((s) => s.when?.test(message)) ?? sentences[sentences.length - 1]).text;
}

/** The offending line, trimmed and cut short around `column` (1-based) when it is long. */
export function yamlExcerpt(line: string, column: number): string {
  const text = line.trimEnd();
  if (text.trim() === '') return '';
  if (text.length <= EXCERPT) return text.trim();
  const start = Math.max(0, Math.min(column - 1 - EXCERPT / 2, text.length - EXCERPT));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + EXCERPT).trim()}${start + EXCERPT < text.length ? '…' : ''}`;
}

/** « YAML invalide : <explication> (dans « extrait ») ». */
export function frenchYamlError(code: ErrorCode | 'ALIAS', message: string, line: string, column: number): string {
  const excerpt = yamlExcerpt(line, column);
  return `YAML invalide : ${yamlSentence(code, message)}${excerpt ? ` (dans « ${excerpt} »)` : ''}`;
}
