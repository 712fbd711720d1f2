// French explanations of BuildKit's parse errors, with Docker's own words kept in quotes.

const KNOWN: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^when using JSON array syntax, arrays must be comprised of strings only$/,
    () => 'En forme JSON (exec), chaque élément du tableau doit être une chaîne entre guillemets doubles.',
  ],
  [
    /^file with no instructions$/,
    () => 'Le fichier ne contient aucune instruction : commencez par FROM <image>.',
  ],
  [
    /^(ENV|LABEL) must have two arguments$/,
    (m) => `${m[1]} attend un nom et une valeur : ${m[1]} NOM=valeur.`,
  ],
  [
    /^Syntax error - can't find = in "(.*)"\. Must be of the form: name=value$/,
    (m) => `« ${m[1]} » n'a pas de signe = : chaque élément doit avoir la forme nom=valeur.`,
  ],
  [
    /^unterminated heredoc$/,
    () => 'Heredoc non terminé : la ligne qui le ferme (par exemple EOF) est introuvable.',
  ],
  [/^(\w+) requires at least one argument$/, (m) => `${m[1]} attend au moins un argument.`],
  [/^(\w+) requires exactly one argument$/, (m) => `${m[1]} attend exactement un argument.`],
  [
    /^(COPY|ADD) requires at least two arguments/,
    (m) => `${m[1]} attend au moins une source et une destination : ${m[1]} <source>… <destination>.`,
  ],
  [/^(\w+) names can not be blank$/, (m) => `${m[1]} : le nom ne peut pas être vide.`],
  [
    /^FROM requires either one or three arguments$/,
    () => 'FROM attend une image, éventuellement suivie de « AS nom ».',
  ],
  [
    /^SHELL requires the arguments to be in JSON form$/,
    () => 'SHELL s\'écrit en forme JSON, par exemple SHELL ["/bin/bash", "-c"].',
  ],
  [/^Unknown flag: (.*)$/, (m) => `Option inconnue pour cette instruction : --${m[1]}.`],
  [/^Missing a value on flag: (.*)$/, (m) => `L'option --${m[1]} attend une valeur : --${m[1]}=…`],
  [
    /^only one (\w+) parser directive can be used$/,
    (m) => `La directive « ${m[1]} » ne peut apparaître qu'une fois.`,
  ],
  [/^invalid escape token/, () => "Le caractère d'échappement doit être \\ ou ` (accent grave)."],
];

/** A French sentence for a BuildKit error message, quoting Docker's text when it is not a known one. */
export function frenchError(message: string): string {
  for (const [re, say] of KNOWN) {
    const m = re.exec(message);
    if (m) return `${say(m)} (Docker : « ${message} »)`;
  }
  return `Docker refusera cette ligne : « ${message} »`;
}
