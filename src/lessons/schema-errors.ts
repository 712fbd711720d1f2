// ajv's errors, said in French.
import type { ErrorObject } from 'ajv';

export function frenchSchemaError(e: ErrorObject): string {
  const where = e.instancePath ? `« ${e.instancePath.slice(1).replaceAll('/', '.')} »` : 'le frontmatter';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${where} : le champ obligatoire « ${String(p.missingProperty)} » manque`;
    case 'additionalProperties':
      return `${where} : champ inconnu « ${String(p.additionalProperty)} »`;
    case 'type':
      return `${where} : type attendu ${frenchType(String(p.type))}`;
    case 'enum':
      return `${where} : valeur inconnue (valeurs permises : ${(p.allowedValues as unknown[]).join(', ')})`;
    case 'pattern':
      return `${where} : format invalide (motif attendu : ${String(p.pattern)})`;
    case 'minItems':
      return `${where} : il faut au moins ${String(p.limit)} élément(s)`;
    case 'minLength':
      return `${where} : ne doit pas être vide`;
    case 'minimum':
    case 'maximum':
      return `${where} : valeur hors limites (${e.keyword === 'minimum' ? 'minimum' : 'maximum'} ${String(p.limit)})`;
    case 'minProperties':
    case 'maxProperties':
      return `${where} : une vérification doit avoir exactement une clé (container, image, volume, network, last_exit, last_command, host_file, all, any ou not)`;
    default:
      return `${where} : valeur refusée par le schéma des leçons (lessons.schema.json)`;
  }
}

function frenchType(t: string): string {
  const names: Record<string, string> = {
    string: 'texte',
    integer: 'nombre entier',
    number: 'nombre',
    boolean: 'booléen',
    array: 'liste',
    object: 'objet',
  };
  return t
    .split(',')
    .map((x) => names[x] ?? x)
    .join(' ou ');
}
